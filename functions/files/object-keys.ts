import { OBJECT_PREFIXES } from '../contract/service-contract.ts';

/** An upload's id: random, URL-safe, the only name a staged object has (upload-ticket.ts). */
export const UPLOAD_ID = /^[A-Za-z0-9_-]{22}$/;

export const stagingKey = (uploadId: string) => `${OBJECT_PREFIXES.staging}${uploadId}`;
export const fileKey = (reference: string, uploadId: string) =>
  `${OBJECT_PREFIXES.files}${reference}/${uploadId}`;
export const quarantineKey = (reference: string, uploadId: string) =>
  `${OBJECT_PREFIXES.quarantine}${reference}/${uploadId}`;
