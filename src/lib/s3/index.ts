// Public API of the signing core: pure TypeScript, no Svelte, clock always injected.
export {
	parseEndpoint,
	awsEndpoint,
	defaultAddressing,
	resolveAddressing,
	encodeKey,
	encodeRfc3986,
	objectLocation,
	bucketLocation,
	locationOrigin,
	checkSeparateOrigin,
	type Endpoint,
	type Addressing,
	type Location,
	type ObjectLocationInput,
	type ParseEndpointOptions
} from './endpoint';
export {
	S3Error,
	NetworkError,
	TimeoutError,
	NO_ANSWER_CAUSES,
	NO_ANSWER_READ,
	InputError,
	SharedOriginError,
	SigningError,
	isAbortError,
	type S3ErrorInit
} from './errors';
export {
	MAX_V4_EXPIRES_SECONDS,
	MAX_RELAY_SECONDS,
	ExpiryTooLongError,
	checkExpiry,
	expiryDate,
	signingSecond,
	typedExpiryProblem,
	type LinkSigner
} from './expiry';
export { presignV4, type ChecksumConstructor, type Credentials, type HttpMethod } from './sigv4';
export { presignV2 } from './sigv2';
export {
	presignUrl,
	contentDispositionAttachment,
	validateBucketName,
	validateKey,
	validateSigningJob,
	type SigningJob,
	type PresignRequest,
	type PresignedUrl,
	type Signer
} from './presign';
export { inspectPresignedUrl, type InspectedUrl } from './inspect';
export {
	parseListBuckets,
	parseListObjects,
	parseErrorBody,
	s3ErrorFromResponse,
	XmlFormatError,
	type BucketSummary,
	type ListBucketsResult,
	type ObjectSummary,
	type ListObjectsResult,
	type ErrorBody
} from './xml';
export {
	createS3Client,
	type S3Client,
	type S3ClientOptions,
	type WithServerDate,
	type ListObjectsV2Params,
	type ListObjectsV1Params,
	type ObjectRef,
	type HeadObjectResult,
	type CopyObjectParams,
	type PutObjectParams
} from './client';
export {
	DEADLINES,
	startDeadline,
	systemTimers,
	type Deadline,
	type DeadlineKind,
	type DeadlineTimers
} from './deadline';
export { serverDateOf } from './server-date';
export {
	createTransport,
	type Transport,
	type TransportOptions,
	type SignedCall
} from './transport';
export {
	presignRelay,
	relayWindows,
	relayMoment,
	windowUrl,
	windowSpan,
	amzDate,
	RELAY_STEP_SECONDS,
	type RelayLink,
	type RelayMoment,
	type RelayRequest,
	type RelaySpan
} from './relay';
