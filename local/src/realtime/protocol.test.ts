// Wire format: builders produce AppSync's exact JSON, guards accept only usable envelopes.

import { describe, expect, it } from 'vitest';

import {
  complete,
  connectionAck,
  connectionError,
  dataMessage,
  encodeDataFrame,
  encodeMessage,
  errorMessage,
  isConnectionInitMessage,
  isStartMessage,
  isStopMessage,
  keepAlive,
  type ServerMessage,
  startAck,
} from './protocol';

describe('protocol: builders', () => {
  it.each<[string, ServerMessage, string]>([
    ['connection_ack', connectionAck(300_000), '{"type":"connection_ack","payload":{"connectionTimeoutMs":300000}}'],
    [
      'connection_error',
      connectionError([{ errorType: 'UnauthorizedException', message: 'no', errorCode: 401 }]),
      '{"type":"connection_error","payload":{"errors":[{"errorType":"UnauthorizedException","message":"no","errorCode":401}]}}',
    ],
    ['ka', keepAlive(), '{"type":"ka"}'],
    ['start_ack', startAck('s1'), '{"type":"start_ack","id":"s1"}'],
    ['data', dataMessage('s1', { data: { onEvent: { id: '1' } } }), '{"type":"data","id":"s1","payload":{"data":{"onEvent":{"id":"1"}}}}'],
    [
      'error with id',
      errorMessage([{ errorType: 'Unauthorized', message: 'no' }], 's1'),
      '{"type":"error","id":"s1","payload":{"errors":[{"errorType":"Unauthorized","message":"no"}]}}',
    ],
    [
      'error without id',
      errorMessage([{ errorType: 'UnsupportedOperation', message: 'no' }]),
      '{"type":"error","payload":{"errors":[{"errorType":"UnsupportedOperation","message":"no"}]}}',
    ],
    ['complete', complete('s1'), '{"type":"complete","id":"s1"}'],
  ])('encodes %s', (_name, message, expected) => {
    // Act
    const frame = encodeMessage(message);

    // Assess
    expect(frame).toBe(expected);
  });

  it('encodes a pre-serialized data payload exactly like the object builder', () => {
    // Prepare
    const payload = { data: { onEvent: { id: 'a"b' } }, errors: [{ message: 'partial' }] };

    // Act
    const frame = encodeDataFrame('id "quoted"', JSON.stringify(payload));

    // Assess
    expect(frame).toBe(encodeMessage(dataMessage('id "quoted"', payload)));
  });
});

describe('protocol: guards', () => {
  it.each<[string, unknown, boolean]>([
    ['init', { type: 'connection_init' }, true],
    ['init with payload', { type: 'connection_init', payload: {} }, true],
    ['other type', { type: 'start' }, false],
    ['not an object', 'connection_init', false],
  ])('isConnectionInitMessage: %s', (_name, value, expected) => {
    // Act
    const result = isConnectionInitMessage(value);

    // Assess
    expect(result).toBe(expected);
  });

  it.each<[string, unknown, boolean]>([
    ['complete start', { type: 'start', id: 'a', payload: { data: '{}' } }, true],
    ['empty id', { type: 'start', id: '', payload: { data: '{}' } }, false],
    ['numeric id', { type: 'start', id: 1, payload: { data: '{}' } }, false],
    ['data as object', { type: 'start', id: 'a', payload: { data: {} } }, false],
    ['no payload', { type: 'start', id: 'a' }, false],
    ['null', null, false],
    ['array', [], false],
  ])('isStartMessage: %s', (_name, value, expected) => {
    // Act
    const result = isStartMessage(value);

    // Assess
    expect(result).toBe(expected);
  });

  it.each<[string, unknown, boolean]>([
    ['stop', { type: 'stop', id: 'a' }, true],
    ['no id', { type: 'stop' }, false],
    ['wrong type', { type: 'complete', id: 'a' }, false],
  ])('isStopMessage: %s', (_name, value, expected) => {
    // Act
    const result = isStopMessage(value);

    // Assess
    expect(result).toBe(expected);
  });
});
