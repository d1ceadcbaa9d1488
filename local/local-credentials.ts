/**
 * The stand-ins accept any credentials, but the AWS SDK insists on having some. Only fills in
 * what is missing, and only for the local twin and tests.
 */
export const useLocalCredentials = (): void => {
  process.env.AWS_ACCESS_KEY_ID ??= 'local';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'local';
  process.env.AWS_REGION ??= 'eu-west-2';
};

export const LOCAL_REGION = 'eu-west-2';
