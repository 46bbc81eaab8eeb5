import { readdirSync, readlinkSync } from 'node:fs';

/** Descriptors of this process open on files under `under` (Linux: read from /proc/self/fd). */
export function openUnder(under: string): number {
  return readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`).startsWith(under);
    } catch {
      return false; // closed between the listing and the read
    }
  }).length;
}
