/** An EU DCC or SMART Health Card just signed for a certificate, ready to store. */
export type TIssuedOtherFormat = {
  qr: string;
  /** The DCC's UVCI or the SMART Health Card's `rid`: what its revocation list names. */
  revocationId: string;
  signingKeyId: string;
  expiresAt: Date | null;
};

/** What both formats are signed from: the certificate, its tenant and programme, and when. */
export type TOtherFormatCertificate = {
  certificateId: string;
  dose: number;
  tenant: { id: string; slug: string; name: string; country: string };
  programme: { disease: string; snomedCode: string | null };
};
