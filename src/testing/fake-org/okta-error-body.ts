/** The JSON body Okta's management API sends with an error status. */
export interface OktaErrorBody {
  errorCode: string;
  errorSummary: string;
  errorLink: string;
  errorId: string;
  errorCauses: { errorSummary: string }[];
}

/** Okta's answer to a missing or wrong API token (fixture `error-401-invalid-token.json`). */
export const INVALID_TOKEN_BODY: Readonly<OktaErrorBody> = {
  errorCode: 'E0000011',
  errorSummary: 'Invalid token provided',
  errorLink: 'E0000011',
  errorId: 'sampleQPivGUj_ND5v78vbYWW',
  errorCauses: [],
};

/** An Okta error body with a fresh `errorId`, as each real error has. */
export function oktaErrorBody(
  errorCode: string,
  errorSummary: string,
  causes: readonly string[] = [],
): OktaErrorBody {
  return {
    errorCode,
    errorSummary,
    errorLink: errorCode,
    errorId: `oae${crypto.randomUUID().replaceAll('-', '').slice(0, 22)}`,
    errorCauses: causes.map((cause) => ({ errorSummary: cause })),
  };
}
