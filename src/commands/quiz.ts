export async function quiz(..._args: unknown[]): Promise<void> { throw new Error('quiz is not built yet'); }
