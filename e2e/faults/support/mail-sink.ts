/** The messages the suite's SMTP sink received for an address (its HTTP listing, see infra/local/smtp-sink.js). */
export async function mailsTo(httpPort: number, address: string): Promise<{ file: string; to: string[] }[]> {
  const res = await fetch(`http://127.0.0.1:${httpPort}/messages`);
  const messages = (await res.json()) as { file: string; to: string[] }[];
  return messages.filter((m) => m.to.includes(address));
}
