export { type GetCertifyTransactionOptions, getCertifyTransaction } from "./get-certify-transaction";
export { type SubmitCertifyTransactionOptions, submitCertifyTransaction } from "./submit-certify-transaction";
