// Words a Hindi or Arabic page keeps in Latin letters: names of formats, standards, file types and the product.
export const KEPT_IN_LATIN = new Set(
  "Vax Verify COVID PDF QR PNG JPEG JSON SMS EU DCC DCCs SMART Health Card Cards W3C DIVOC ICAO WHO GDHCN JWKS DSC URL ID MiB YYYY-MM-DD Male Female Other API APIs CSV DID DIDs OTP OpenAPI JSON-LD JWK PEM X HTTPS HL7 FHIR ISO kid SHA-256 UTC ICD-11 SNOMED".split(
    " ",
  ),
);
