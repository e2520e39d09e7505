import { useState } from 'react';
import type { ServiceClient } from '../api/api-client';
import { Problem } from './problem';

/**
 * Saves a file the service answers to a signed-in person: fetched with the bearer token (a plain
 * link would carry none), then handed to the browser under its name.
 */
export function DownloadButton({ client, path, fileName, label }: { client: ServiceClient; path: string; fileName: string; label: string }) {
  const [error, setError] = useState<unknown>(null);
  const save = async () => {
    setError(null);
    try {
      const link = document.createElement('a');
      link.href = URL.createObjectURL(await client.blob(path));
      link.download = fileName;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <>
      <button type="button" className="link" onClick={save}>
        {label}
      </button>
      <Problem error={error} />
    </>
  );
}
