// Coverage timeline and cards of a person, participant groups, and the card check.
import { useMutation, useQuery } from '@tanstack/react-query';
import { apiGet, apiPost } from '../../app/api';
import { todayInVietnam } from '../../app/format';
import type {
  CardCheckAnswer,
  CardCheckRequest,
  ParticipantGroup,
  Timeline,
} from './enrolment.types';

const BASE = '/api/v1/enrolment';

export function useTimeline(personId: number) {
  return useQuery({
    queryKey: ['enrolment', 'timeline', personId],
    queryFn: ({ signal }) =>
      apiGet<Timeline>(`${BASE}/persons/${personId}/timeline`, undefined, signal),
    staleTime: 0,
  });
}

/** Participant groups valid today (their labels name each period's and card's group). */
export function useGroups() {
  const at = todayInVietnam();
  return useQuery({
    queryKey: ['enrolment', 'groups', at],
    queryFn: ({ signal }) => apiGet<ParticipantGroup[]>(`${BASE}/groups`, { at }, signal),
  });
}

export function useCardCheck() {
  return useMutation({
    mutationFn: (request: CardCheckRequest) =>
      apiPost<CardCheckAnswer>(`${BASE}/card-check`, request),
  });
}
