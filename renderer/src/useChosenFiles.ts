import { useCallback, useState } from 'react';
import { App } from 'antd';
import { LIMITS, megabytes } from '../../core/limits';
import { fileToBase64, formatSize } from './reports/reportFormat';

/** A file the officer picked in a dialog, read for the API. */
export interface ChosenFile {
  uid: string;
  fileName: string;
  size: number;
  base64: string;
}

/**
 * The files a dialog sends with its call (a report received, templates read back): read in the browser as base64,
 * refused at once when over the limit the API refuses too, so nothing large is read for nothing.
 */
export function useChosenFiles() {
  const { message } = App.useApp();
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [reading, setReading] = useState(0);

  /** Resolves true once the file is read and listed. */
  const add = useCallback(
    async (file: File): Promise<boolean> => {
      if (file.size > LIMITS.submissionFileBytes) {
        message.error(
          `Tệp “${file.name}” quá lớn (${formatSize(file.size)}); Plan Desk nhận tệp tới ${megabytes(LIMITS.submissionFileBytes)}.`,
        );
        return false;
      }
      setReading((count) => count + 1);
      try {
        const base64 = await fileToBase64(file);
        setFiles((current) => [
          ...current,
          {
            uid: `${file.name}-${file.size}-${Date.now()}-${current.length}`,
            fileName: file.name,
            size: file.size,
            base64,
          },
        ]);
        return true;
      } catch {
        message.error(`Không đọc được tệp “${file.name}”. Hãy kiểm tra tệp rồi chọn lại.`);
        return false;
      } finally {
        setReading((count) => count - 1);
      }
    },
    [message],
  );

  const remove = useCallback((uid: string) => setFiles((current) => current.filter((item) => item.uid !== uid)), []);

  return { files, reading: reading > 0, add, remove };
}
