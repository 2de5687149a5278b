// The CORS rule a bucket needs for this app, defined once: the app's CORS doctor prints it and
// the demo-bucket script applies it. Plain JavaScript so Node scripts import it without a build.

/**
 * Response headers the app reads that a browser hides unless the rule exposes them:
 * ETag (rename-and-verify, uploads, and the part receipts an upload ticket completes with),
 * Date (clock-skew check), x-amz-request-id (error reports), x-amz-bucket-region (HeadBucket's
 * region hint), Content-Range (Check link's object size), x-amz-storage-class (a rename keeps
 * the object's storage class).
 * Content-Length, Content-Type and Last-Modified are CORS-safelisted: readable without listing.
 * x-amz-meta-* is not listed: AWS takes no wildcard in ExposeHeader, and the app shows no metadata.
 */
const EXPOSE_HEADERS = Object.freeze([
	'ETag',
	'Date',
	'x-amz-request-id',
	'x-amz-bucket-region',
	'Content-Range',
	'x-amz-storage-class'
]);

/** Methods, request headers, exposed headers and preflight cache time of the one rule. */
export const CORS_RULE = Object.freeze({
	allowedMethods: Object.freeze(['GET', 'HEAD', 'PUT', 'POST', 'DELETE']),
	allowedHeaders: Object.freeze(['*']),
	exposeHeaders: EXPOSE_HEADERS,
	maxAgeSeconds: 3000
});
