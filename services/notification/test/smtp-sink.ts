/** What the local SMTP sink (infra/local/smtp-sink.js) has received, as it lists it over HTTP. */
export interface SunkMessage {
  file: string;
  from: string;
  to: string[];
  raw: string;
}

const sinkUrl = () => `http://127.0.0.1:${process.env.SMTP_HTTP_PORT ?? 2580}/messages`;

export async function messagesTo(address: string): Promise<SunkMessage[]> {
  const res = await fetch(sinkUrl());
  if (!res.ok) throw new Error(`the SMTP sink answered ${res.status}; start it with bash infra/local/smtp/start.sh`);
  const all = (await res.json()) as SunkMessage[];
  return all.filter((m) => m.to.includes(address));
}
