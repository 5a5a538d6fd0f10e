/** Gives every page under dir its Content-Security-Policy <meta>; how many had one, got one, or were left with the header policy. */
export function addPolicies(dir: string): Promise<{ had: number; added: number; left: number }>;
