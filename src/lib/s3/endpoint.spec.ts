import { describe, expect, it } from 'vitest';
import {
	awsEndpoint,
	bucketLocation,
	defaultAddressing,
	encodeKey,
	objectLocation,
	parseEndpoint,
	resolveAddressing
} from './endpoint';
import { InputError } from './errors';

describe('parseEndpoint', () => {
	it('accepts http/https with or without trailing slash and normalises the host', () => {
		for (const input of [
			'https://S3.Example.com',
			'https://s3.example.com/',
			'  https://s3.example.com  '
		]) {
			const e = parseEndpoint(input);
			expect(e).toMatchObject({
				protocol: 'https:',
				host: 's3.example.com',
				origin: 'https://s3.example.com',
				isAws: false,
				isIp: false
			});
		}
		expect(parseEndpoint('http://127.0.0.1:7480')).toMatchObject({
			host: '127.0.0.1:7480',
			port: '7480',
			isIp: true
		});
		expect(parseEndpoint('http://[::1]:9000/').isIp).toBe(true);
		expect(parseEndpoint('https://s3.eu-west-1.amazonaws.com').isAws).toBe(true);
	});

	it('drops a typed default port unless asked to keep it (botocore keeps it in the URL)', () => {
		expect(parseEndpoint('https://s3.example.ac.jp:443')).toMatchObject({
			host: 's3.example.ac.jp',
			urlHost: 's3.example.ac.jp'
		});
		expect(parseEndpoint('http://h:80/', { keepDefaultPort: true })).toMatchObject({
			host: 'h',
			urlHost: 'h:80'
		});
		expect(parseEndpoint('https://s3.example.ac.jp:443', { keepDefaultPort: true })).toMatchObject({
			host: 's3.example.ac.jp',
			urlHost: 's3.example.ac.jp:443'
		});
		expect(parseEndpoint('https://h:8443', { keepDefaultPort: true }).urlHost).toBe('h:8443');
	});

	it.each([
		['', /Enter the endpoint/],
		['s3.example.com', /must start with http:\/\/ or https:\/\//],
		['ftp://s3.example.com', /must start with http:\/\/ or https:\/\//],
		['https://user:pw@s3.example.com', /credentials/],
		['https://s3.example.com/bucket', /must not have a path/],
		['https://s3.example.com/?x=1', /query/],
		['https://s3.example.com#x', /query/],
		['https://exa mple.com', /not a valid URL/]
	])('rejects %j with a human message', (input, message) => {
		expect(() => parseEndpoint(input)).toThrow(InputError);
		expect(() => parseEndpoint(input)).toThrow(message);
	});
});

describe('awsEndpoint / addressing', () => {
	it('uses the global host for us-east-1 like botocore', () => {
		expect(awsEndpoint('us-east-1').host).toBe('s3.amazonaws.com');
		expect(awsEndpoint('ap-northeast-1').host).toBe('s3.ap-northeast-1.amazonaws.com');
		expect(() => awsEndpoint('Tokyo')).toThrow(InputError);
	});

	it('defaults to virtual on AWS and path elsewhere', () => {
		expect(defaultAddressing(awsEndpoint('eu-west-1'))).toBe('virtual');
		expect(defaultAddressing(parseEndpoint('https://s3.example.com'))).toBe('path');
	});

	it('falls back to path where virtual-hosted cannot work', () => {
		const ip = parseEndpoint('http://127.0.0.1:9000');
		const https = parseEndpoint('https://s3.example.com');
		const http = parseEndpoint('http://localhost:9000');
		expect(resolveAddressing(ip, 'my-bucket', 'virtual')).toBe('path');
		expect(resolveAddressing(https, 'my.dotted.bucket', 'virtual')).toBe('path');
		expect(resolveAddressing(http, 'my.dotted.bucket', 'virtual')).toBe('virtual');
		expect(resolveAddressing(https, 'Upper_Case', 'virtual')).toBe('path');
		expect(resolveAddressing(https, 'my-bucket', 'virtual')).toBe('virtual');
		expect(resolveAddressing(https, 'my-bucket', 'path')).toBe('path');
	});
});

describe('encodeKey', () => {
	it.each([
		['my folder/my file.txt', 'my%20folder/my%20file.txt'],
		['a+b/c++.txt', 'a%2Bb/c%2B%2B.txt'],
		['~user/~file~.txt', '~user/~file~.txt'],
		['100%/50%25.txt', '100%25/50%2525.txt'],
		['a#b?c.txt', 'a%23b%3Fc.txt'],
		["a!b'c(d)e*f:g@h,i;j$k.txt", 'a%21b%27c%28d%29e%2Af%3Ag%40h%2Ci%3Bj%24k.txt'],
		['//lead/', '//lead/'],
		['日本/😀', '%E6%97%A5%E6%9C%AC/%F0%9F%98%80'],
		['tab\there', 'tab%09here']
	])('%j → %s', (key, encoded) => {
		expect(encodeKey(key)).toBe(encoded);
	});

	it('refuses lone surrogates', () => {
		expect(() => encodeKey('bad\ud800')).toThrow(InputError);
	});
});

describe('objectLocation', () => {
	it('builds path-style and virtual-hosted locations', () => {
		const endpoint = parseEndpoint('http://localhost:9000');
		expect(objectLocation({ endpoint, bucket: 'b-1', key: 'a b', addressing: 'path' })).toEqual({
			protocol: 'http:',
			host: 'localhost:9000',
			urlHost: 'localhost:9000',
			path: '/b-1/a%20b',
			addressing: 'path'
		});
		expect(
			objectLocation({ endpoint, bucket: 'b-1', key: 'a b', addressing: 'virtual' })
		).toMatchObject({
			host: 'b-1.localhost:9000',
			path: '/a%20b',
			addressing: 'virtual'
		});
		expect(bucketLocation({ endpoint, bucket: 'b-1', addressing: 'path' }).path).toBe('/b-1');
		expect(bucketLocation({ endpoint, bucket: 'b-1', addressing: 'virtual' }).path).toBe('/');
	});
});
