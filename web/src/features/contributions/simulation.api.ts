// What-if simulation of a support policy over a province's registry: one policy, two side by
// side, and the same as an Excel workbook.
import { useMutation } from '@tanstack/react-query';
import { apiDownloadPost, apiPost } from '../../app/api';
import { BASE } from './contributions.api';
import type { Comparison, PolicyRef, Simulation, SimulationRequest } from './policies.types';

export function useSimulation() {
  return useMutation({
    mutationFn: (body: PolicyRef & SimulationRequest) =>
      apiPost<Simulation>(`${BASE}/simulations`, body),
  });
}

export function useComparison() {
  return useMutation({
    mutationFn: (body: { a: PolicyRef; b: PolicyRef } & SimulationRequest) =>
      apiPost<Comparison>(`${BASE}/simulations/compare`, body),
  });
}

/** One policy's simulation, or two compared (a and b), as an Excel workbook. */
export function useSimulationXlsx() {
  return useMutation({
    mutationFn: (body: (PolicyRef | { a: PolicyRef; b: PolicyRef }) & SimulationRequest) =>
      apiDownloadPost(`${BASE}/simulations/xlsx`, body, `mo-phong-${body.provinceCode}.xlsx`),
  });
}
