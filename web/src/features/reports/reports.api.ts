// Starting a report run, following it every second until it ends, and saving its files.
import { useMutation, useQuery } from '@tanstack/react-query';
import { apiDownload, apiGet, apiPost } from '../../app/api';
import type { ReportFormat, ReportJob, ReportRequest } from './reports.types';

const BASE = '/api/v1/reports/coverage';

export function useStartReport() {
  return useMutation({
    mutationFn: (request: ReportRequest) => apiPost<ReportJob>(BASE, request),
  });
}

export function useReportJob(id: string | null) {
  return useQuery({
    queryKey: ['reports', 'coverage', id],
    queryFn: ({ signal }) => apiGet<ReportJob>(`${BASE}/${id}`, undefined, signal),
    enabled: id !== null,
    staleTime: 0,
    retry: false,
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 1000 : false),
  });
}

export function useDownloadReport() {
  return useMutation({
    mutationFn: ({ job, format }: { job: ReportJob; format: ReportFormat }) =>
      apiDownload(
        job.files![format],
        {},
        `bao-cao-bao-phu-${job.locality.code}-${job.period}.${format}`,
      ),
  });
}
