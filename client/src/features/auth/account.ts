// Creating an account with Cognito: sign up, confirm with the mailed code, send a new code. Thin wrappers,
// so the pages receive them as props and component tests pass fakes.
import { confirmSignUp, resendSignUpCode, signUp } from 'aws-amplify/auth';

export interface AccountActions {
  /** Resolves with whether a confirmation code must be entered next. */
  createAccount(username: string, email: string, password: string): Promise<{ needsCode: boolean; destination: string | null }>;
  confirmAccount(username: string, code: string): Promise<void>;
  /** Resolves with where the new code went (masked), when Cognito says. */
  resendCode(username: string): Promise<string | null>;
}

export const cognitoAccount: AccountActions = {
  async createAccount(username, email, password) {
    const result = await signUp({ username, password, options: { userAttributes: { email } } });
    const step = result.nextStep;
    return {
      needsCode: step.signUpStep === 'CONFIRM_SIGN_UP',
      destination: step.signUpStep === 'CONFIRM_SIGN_UP' ? (step.codeDeliveryDetails.destination ?? null) : null,
    };
  },
  async confirmAccount(username, code) {
    await confirmSignUp({ username, confirmationCode: code });
  },
  async resendCode(username) {
    const details = await resendSignUpCode({ username });
    return details.destination ?? null;
  },
};
