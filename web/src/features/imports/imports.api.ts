// Starting an import (the file goes as the raw request body), following its job until it
// ends, and reading the first rows of its rejection report.
import { useMutation, useQuery } from '@tanstack/react-query';
import { apiDownload, apiGet, apiTextHead, apiUpload } from '../../app/api';
import { parseCsv } from './csv';
import { isRunning, type ImportJob, type ImportRequest, type Rejection } from './imports.types';

const BASE = '/api/v1/registry/imports';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** rejections shown in the page; the downloaded report has them all */
export const REJECTIONS_SHOWN = 500;

export function isXlsx(file: File): boolean {
  return file.type === XLSX || /\.xlsx$/i.test(file.name);
}

export function useStartImport() {
  return useMutation({
    mutationFn: ({ kind, file, batchSize, resume, at }: ImportRequest) =>
      apiUpload<ImportJob>(
        BASE,
        { kind, batchSize, resume: resume ? 'true' : null, at },
        file,
        isXlsx(file) ? XLSX : 'text/csv',
      ),
  });
}

/** The job, asked again every second while it is queued or running. */
export function useImportJob(id: number | null) {
  return useQuery({
    queryKey: ['imports', 'job', id],
    queryFn: ({ signal }) => apiGet<ImportJob>(`${BASE}/${id}`, undefined, signal),
    enabled: id !== null,
    staleTime: 0,
    refetchInterval: (query) => (isRunning(query.state.data) ? 1000 : false),
  });
}

export function useRejections(job: ImportJob | undefined) {
  const ready = job !== undefined && !isRunning(job) && job.rowsRejected > 0;
  return useQuery({
    queryKey: ['imports', 'rejections', job?.id, job?.status],
    queryFn: async ({ signal }): Promise<Rejection[]> => {
      const url = `${BASE}/${job!.id}/rejections.csv`;
      const text = await apiTextHead(url, REJECTIONS_SHOWN + 1, signal);
      // header: line, field, code, reason_vi, reason_en
      return parseCsv(text)
        .slice(1, REJECTIONS_SHOWN + 1)
        .map(([line = '', field = '', code = '', reasonVi = '', reasonEn = '']) => ({
          line: Number(line),
          field,
          code,
          reasonVi,
          reasonEn,
        }));
    },
    enabled: ready,
    staleTime: Infinity,
  });
}

export function useDownloadRejections() {
  return useMutation({
    mutationFn: (jobId: number) =>
      apiDownload(`${BASE}/${jobId}/rejections.csv`, {}, `import-${jobId}-loi.csv`),
  });
}
