// datapackage (Frictionless Data's JavaScript library) ships no type declarations; these cover the calls the tests make.
declare module 'datapackage' {
  interface Resource {
    name: string;
    tabular: boolean;
    read(options?: { keyed?: boolean; relations?: boolean }): Promise<unknown[]>;
  }
  interface Package {
    valid: boolean;
    errors: Error[];
    resources: Resource[];
    getResource(name: string): Resource;
  }
  const datapackage: { Package: { load(descriptor: string): Promise<Package> } };
  export default datapackage;
}
