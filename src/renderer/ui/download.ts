// A browser download of bytes the host built: a Blob behind a hidden <a download> link. The object
// URL is let go a minute later, once the download has long begun.

export interface DownloadableFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

export function download(file: DownloadableFile): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
