// A plain S3 client outside the browser, on the suite's gateway: it seeds and checks what the
// page did, with a signer that is not the app's.
import { createClient } from '../../scripts/lib/s3-node.mjs';
import { ACCESS_KEY, ENDPOINT, REGION, SECRET_KEY } from './env';

export const s3 = createClient({
	endpoint: ENDPOINT,
	accessKeyId: ACCESS_KEY,
	secretAccessKey: SECRET_KEY,
	region: REGION
});
