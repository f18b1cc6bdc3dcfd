import { z } from 'astro/zod';

/** Primary cancers the review covers. */
export const CANCERS = ['neuroendocrine', 'colorectal', 'breast'] as const;
export const cancerSchema = z.enum(CANCERS, { error: `must be one of: ${CANCERS.join(', ')}` });
export type Cancer = z.output<typeof cancerSchema>;
export const CANCER_LABELS: Record<Cancer, string> = {
  neuroendocrine: 'Neuroendocrine',
  colorectal: 'Colorectal',
  breast: 'Breast',
};

/** Kinds of evidence, from strongest design to patient information. */
export const SOURCE_KINDS = ['systematic-review', 'retrospective-case-series', 'patient-information'] as const;
export const sourceKindSchema = z.enum(SOURCE_KINDS, { error: `must be one of: ${SOURCE_KINDS.join(', ')}` });
export type SourceKind = z.output<typeof sourceKindSchema>;
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  'systematic-review': 'Review of published case series',
  'retrospective-case-series': 'Retrospective case series',
  'patient-information': 'Patient information page',
};

/** Treatments a source studies or describes; each has a treatment page of the same id. */
export const TREATMENTS = [
  'liver-resection',
  'parenchyma-sparing-resection',
  'debulking',
  'ablation',
  'embolisation',
  'liver-transplant',
  'portal-vein-embolisation-two-stage',
  'synchronous-staged-surgery',
  'systemic-therapy',
] as const;
export const treatmentIdSchema = z.enum(TREATMENTS, { error: `must be one of: ${TREATMENTS.join(', ')}` });
export type TreatmentId = z.output<typeof treatmentIdSchema>;
export const TREATMENT_LABELS: Record<TreatmentId, string> = {
  'liver-resection': 'Liver resection',
  'parenchyma-sparing-resection': 'Parenchyma-sparing liver surgery',
  debulking: 'Debulking (cytoreduction)',
  ablation: 'Ablation',
  embolisation: 'Embolisation and chemoembolisation',
  'liver-transplant': 'Liver transplant',
  'portal-vein-embolisation-two-stage': 'Portal vein embolisation and two-stage hepatectomy',
  'synchronous-staged-surgery': 'Synchronous or staged surgery',
  'systemic-therapy': 'Drug treatment (systemic therapy)',
};
