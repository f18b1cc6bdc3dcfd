import type { Patient } from '../../src/schemas/patient.ts';
import type { Observation } from './kaplan-meier.ts';

export interface PatientObservations {
  /** Death is the event; patients alive at last follow-up are censored at their last time. */
  observations: Observation[];
  /** Rows whose status the table does not give: they cannot be counted either way. */
  unknownStatus: Patient[];
}

/** Splits patient rows into Kaplan–Meier observations and rows with no usable status. */
export function patientObservations(patients: readonly Patient[]): PatientObservations {
  const known = patients.filter((patient) => patient.status !== 'unknown');
  return {
    observations: known.map((patient) => ({ time: patient.survivalMonths.value, event: patient.status === 'dead' })),
    unknownStatus: patients.filter((patient) => patient.status === 'unknown'),
  };
}
