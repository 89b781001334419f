/** The public address of the app, for links printed in letters (NEXTAUTH_URL is set by `npm start`). */
export function appUrl(): string {
  return (process.env.APP_URL ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}

export function personalLinkUrl(language: string, token: string): string {
  return `${appUrl()}/${language}/welcome/${token}`;
}

export function setPasswordUrl(language: string, token: string): string {
  return `${appUrl()}/${language}/set-password/${token}`;
}
