import { describe, expect, it } from 'vitest';
import { checkConnectionForm, defaultPathStyle, isLoopback } from './connection-form';
import type { ConnectionSettings } from './session.svelte';

const base: ConnectionSettings = {
	endpointUrl: 'http://127.0.0.1:7480',
	region: 'us-east-1',
	accessKeyId: 'AKID',
	secretAccessKey: 'secret',
	sessionToken: '',
	pathStyle: null
};

describe('checkConnectionForm', () => {
	it('refuses an endpoint on the page’s own origin, and only that one', () => {
		const own = checkConnectionForm(
			{ ...base, endpointUrl: 'https://S3.example.org:443/' },
			'https://s3.example.org'
		);
		expect(own.errors.endpointUrl?.key).toMatch(
			/^This page is served from \{origin\}, the storage endpoint itself, so it will not take or use keys for it/
		);
		expect(own.errors.endpointUrl?.params).toEqual({ origin: 'https://s3.example.org' });
		for (const other of [
			'http://s3.example.org',
			'https://s3.example.org:8443',
			'https://app.example.org'
		]) {
			const check = checkConnectionForm({ ...base, endpointUrl: 'https://s3.example.org' }, other);
			expect(check.errors, other).toEqual({});
		}
	});

	it('accepts a complete form', () => {
		const check = checkConnectionForm(base);
		expect(check.errors).toEqual({});
		expect(check.trimmed).toEqual([]);
		expect(check.insecure).toBe(false);
	});

	it('trims pasted whitespace and names the fields it trimmed', () => {
		const check = checkConnectionForm({
			...base,
			accessKeyId: ' AKID\n',
			secretAccessKey: '\tsecret '
		});
		expect(check.errors).toEqual({});
		expect(check.settings.accessKeyId).toBe('AKID');
		expect(check.settings.secretAccessKey).toBe('secret');
		expect(check.trimmed).toEqual(['accessKeyId', 'secretAccessKey']);
	});

	it('reports a malformed URL and missing keys', () => {
		const check = checkConnectionForm({
			...base,
			endpointUrl: 'ftp://x',
			accessKeyId: ' ',
			secretAccessKey: ''
		});
		expect(check.errors.endpointUrl?.key).toMatch(/http:\/\/ or https:\/\//);
		expect(check.errors.accessKeyId).toEqual({ key: 'Enter the access key ID.' });
		expect(check.errors.secretAccessKey).toEqual({ key: 'Enter the secret access key.' });
	});

	it('normalises the endpoint to its origin', () => {
		expect(
			checkConnectionForm({ ...base, endpointUrl: 'HTTPS://S3.Example.com/' }).settings.endpointUrl
		).toBe('https://s3.example.com');
	});

	it('warns about plain http beyond this machine only', () => {
		expect(checkConnectionForm({ ...base, endpointUrl: 'http://10.0.0.5:9000' }).insecure).toBe(
			true
		);
		expect(checkConnectionForm({ ...base, endpointUrl: 'http://localhost:9000' }).insecure).toBe(
			false
		);
		expect(checkConnectionForm({ ...base, endpointUrl: 'https://10.0.0.5' }).insecure).toBe(false);
	});
});

describe('helpers', () => {
	it('knows loopback hosts', () => {
		expect(isLoopback('127.0.0.1')).toBe(true);
		expect(isLoopback('minio.localhost')).toBe(true);
		expect(isLoopback('[::1]')).toBe(true);
		expect(isLoopback('192.168.1.2')).toBe(false);
	});

	it('defaults to path-style except on AWS', () => {
		expect(defaultPathStyle('http://127.0.0.1:7480')).toBe(true);
		expect(defaultPathStyle('https://s3.example.com')).toBe(true);
		expect(defaultPathStyle('https://s3.eu-west-1.amazonaws.com')).toBe(false);
	});
});
