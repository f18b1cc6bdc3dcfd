/** Who typed the query. */
export type Asker = 'patient' | 'nurse-line' | 'clinician';
/** How it was typed. */
export type QueryStyle = 'plain' | 'question' | 'abbreviated' | 'misspelt';

export interface QualityQuery {
  query: string;
  /** Address of the page that must be among the first three results; only pages whose address does not change. */
  expected: string;
  asker: Asker;
  style: QueryStyle;
}

const q = (query: string, expected: string, asker: Asker, style: QueryStyle): QualityQuery => ({ query, expected, asker, style });

const NET_SURVIVAL = '/questions/survival-neuroendocrine/';
const BOWEL_SURVIVAL = '/questions/survival-bowel-cancer/';
const BREAST_SURVIVAL = '/questions/survival-breast-cancer/';
const COME_BACK = '/questions/will-cancer-come-back/';
const REPEAT = '/questions/can-surgery-be-repeated/';
const STAY = '/questions/hospital-stay/';
const RISKS = '/questions/risks-and-complications/';
const TESTS = '/questions/follow-up-tests/';
const HORMONES = '/questions/hormone-control-before-surgery/';
const RESECTION = '/treatments/liver-resection/';
const SPARING = '/treatments/parenchyma-sparing-resection/';
const DEBULKING = '/treatments/debulking/';
const ABLATION = '/treatments/ablation/';
const EMBOLISATION = '/treatments/embolisation/';
const SYSTEMIC = '/treatments/systemic-therapy/';
const TWO_STAGE = '/treatments/portal-vein-embolisation-two-stage/';
const SYNCHRONOUS = '/treatments/synchronous-staged-surgery/';
const NELM = '/sources/nelm-review-2012/';
const NECA = '/sources/neca-surgery-page/';
const CCS = '/sources/ccs-surgery-page/';
const ISTANBUL = '/sources/istanbul-colorectal-series/';
const GANGNAM = '/sources/gangnam-breast-series/';

/**
 * Queries written the way callers, patients and clinicians type them, each with the page a good answer starts from.
 * The expected pages are question, treatment and source pages, whose addresses are their ids.
 */
export const QUALITY_QUERIES: readonly QualityQuery[] = [
  // Patients and families: plain words and whole questions.
  q('how long do people live after liver surgery for carcinoid', NET_SURVIVAL, 'patient', 'question'),
  q('carcinoid survival', NET_SURVIVAL, 'patient', 'plain'),
  q('neuroendocrine survival', NET_SURVIVAL, 'patient', 'plain'),
  q('5-year survival neuroendocrine', NET_SURVIVAL, 'patient', 'plain'),
  q('life expectancy after bowel cancer spread to the liver', BOWEL_SURVIVAL, 'patient', 'question'),
  q('how long will I live with breast cancer in my liver', BREAST_SURVIVAL, 'patient', 'question'),
  q('breast cancer secondaries in liver prognosis', BREAST_SURVIVAL, 'patient', 'plain'),
  q('bowel cancer spread to liver survival', BOWEL_SURVIVAL, 'patient', 'plain'),
  q('can the cancer come back after the operation', COME_BACK, 'patient', 'question'),
  q('will my cancer return', COME_BACK, 'patient', 'question'),
  q('how long will I be in hospital', STAY, 'patient', 'question'),
  q('can they do the bowel and the liver at the same time', '/questions/bowel-and-liver-together/', 'patient', 'question'),
  q('is a liver transplant an option', '/questions/liver-transplant/', 'patient', 'question'),
  q('what is debulking', '/questions/what-is-debulking/', 'patient', 'question'),
  q('what does five year survival mean', '/questions/what-five-year-survival-means/', 'patient', 'question'),
  q('can surgery cure cancer that has spread to the liver', '/questions/can-surgery-cure/', 'patient', 'question'),
  q('will I need chemo before the op', '/questions/chemotherapy-before-surgery/', 'patient', 'question'),
  q('what scans will I have after surgery', TESTS, 'patient', 'question'),
  q('risks of liver surgery', RISKS, 'patient', 'plain'),
  q('recovery after liver operation', '/questions/recovery-quality-of-life/', 'patient', 'plain'),
  q('what if the liver tumours cannot be removed', '/questions/other-options/', 'patient', 'question'),
  q('cancer in my lungs and liver can I still have surgery', '/questions/spread-outside-liver/', 'patient', 'question'),
  q('can liver surgery be done again', REPEAT, 'patient', 'question'),
  q('what happens before the operation', '/questions/before-surgery/', 'patient', 'question'),
  q('which operation will I have', '/questions/which-operation/', 'patient', 'question'),
  q('keyhole liver surgery', RESECTION, 'patient', 'plain'),
  q('why do carcinoid tumours need hormone control before surgery', HORMONES, 'patient', 'question'),
  q('how long do people live after liver surgery for bowel cancer', BOWEL_SURVIVAL, 'patient', 'question'),

  // Nurse-line staff: short, abbreviated, the caller's words.
  q('NET liver mets survival', NET_SURVIVAL, 'nurse-line', 'abbreviated'),
  q('NETs survival after resection', NET_SURVIVAL, 'nurse-line', 'abbreviated'),
  q('CRC liver mets survival', BOWEL_SURVIVAL, 'nurse-line', 'abbreviated'),
  q('colon cancer liver deposits survival', BOWEL_SURVIVAL, 'nurse-line', 'plain'),
  q('rectal cancer liver metastases', ISTANBUL, 'nurse-line', 'plain'),
  q('5 yr survival carcinoid liver', NET_SURVIVAL, 'nurse-line', 'abbreviated'),
  q('length of stay liver op', STAY, 'nurse-line', 'abbreviated'),
  q('recurrence after liver resection', COME_BACK, 'nurse-line', 'plain'),
  q('repeat hepatectomy', REPEAT, 'nurse-line', 'plain'),
  q('octreotide', SYSTEMIC, 'nurse-line', 'plain'),
  q('sandostatin', SYSTEMIC, 'nurse-line', 'plain'),
  q('SSA before surgery', HORMONES, 'nurse-line', 'abbreviated'),
  q('carcinoid crisis', HORMONES, 'nurse-line', 'plain'),
  q('PRRT', SYSTEMIC, 'nurse-line', 'abbreviated'),
  q('TACE', EMBOLISATION, 'nurse-line', 'abbreviated'),
  q('RFA', ABLATION, 'nurse-line', 'abbreviated'),
  q('PVE', TWO_STAGE, 'nurse-line', 'abbreviated'),
  q('5-HIAA', TESTS, 'nurse-line', 'abbreviated'),
  q('chromogranin A blood test', TESTS, 'nurse-line', 'plain'),
  q('liver removal operation', RESECTION, 'nurse-line', 'plain'),
  q('tumor debulking', DEBULKING, 'nurse-line', 'plain'),
  q('embolization', EMBOLISATION, 'nurse-line', 'plain'),
  q('complications of hepatectomy', RISKS, 'nurse-line', 'plain'),

  // Misspelt.
  q('carcenoid survival', NET_SURVIVAL, 'patient', 'misspelt'),
  q('octreatide', SYSTEMIC, 'nurse-line', 'misspelt'),
  q('hepatectomey', RESECTION, 'nurse-line', 'misspelt'),
  q('embolisaton', EMBOLISATION, 'patient', 'misspelt'),
  q('debulkng surgery', DEBULKING, 'patient', 'misspelt'),
  q('ablasion', ABLATION, 'patient', 'misspelt'),
  q('metastisis bowel cancer survival', BOWEL_SURVIVAL, 'patient', 'misspelt'),
  q('gangam breast', GANGNAM, 'clinician', 'misspelt'),
  q('neuroendocrin liver metastases review', NELM, 'clinician', 'misspelt'),

  // Clinicians: study names, authors, designs and figures.
  q('Gangnam Severance', GANGNAM, 'clinician', 'plain'),
  q('Serin', ISTANBUL, 'clinician', 'plain'),
  q('Temel Istanbul liver metastasis', ISTANBUL, 'clinician', 'plain'),
  q('Ser Yee Lee', NELM, 'clinician', 'plain'),
  q('International Journal of Hepatology', NELM, 'clinician', 'plain'),
  q('NELM review 2012', NELM, 'clinician', 'abbreviated'),
  q('NECA', NECA, 'clinician', 'abbreviated'),
  q('NeuroEndocrine Cancer Australia', NECA, 'clinician', 'plain'),
  q('Canadian Cancer Society', CCS, 'clinician', 'plain'),
  q('793 patients 22 case series', NELM, 'clinician', 'plain'),
  q('breast cancer liver resection R0', GANGNAM, 'clinician', 'plain'),
  q('recurrence free survival breast', GANGNAM, 'clinician', 'plain'),
  q('median survival 32 months colorectal', ISTANBUL, 'clinician', 'plain'),
  q('ALPPS', TWO_STAGE, 'clinician', 'abbreviated'),
  q('liver-first approach', SYNCHRONOUS, 'clinician', 'plain'),
  q('synchronous resection', SYNCHRONOUS, 'clinician', 'plain'),
  q('parenchymal sparing', SPARING, 'clinician', 'plain'),
  q('metastasectomy', SPARING, 'clinician', 'plain'),
  q('wedge resection', SPARING, 'clinician', 'plain'),
  q('microwave ablation', ABLATION, 'clinician', 'plain'),
  q('cytoreduction', DEBULKING, 'clinician', 'plain'),
  q('Clavien-Dindo complications', RISKS, 'clinician', 'plain'),
  q('extrahepatic disease liver resection', '/questions/spread-outside-liver/', 'clinician', 'plain'),
];
