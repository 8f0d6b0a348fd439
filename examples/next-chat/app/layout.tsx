import type { ReactNode } from 'react';
import './globals.css';

export const metadata = { title: 'edge-ai chat', description: 'Chat behind the edge-ai gatekeeper' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
