// The delta-table keys of AWS's "Versioning DynamoDB data sources" page: plain, customPartitionKey, populateIndexFields.
import { describe, expect, it } from 'vitest';
import { dayAndTime, deltaKeys, deltaRecord, type DeltaChange } from './delta-record';

const AT = Date.parse('2019-01-01T09:30:00.000Z');
const base: DeltaChange = { dataSourceName: 'Comments', changedAt: AT, key: { id: { S: '1a' } }, version: 2 };
const composite = { key: { pk: { S: '1a' }, sk: { S: '2b' } }, version: 3 };

describe('deltaKeys', () => {
  it.each<[string, Partial<DeltaChange>, Record<string, string>]>([
    ['data source and date / time, key and version', {}, { ds_pk: 'Comments:2019-01-01', ds_sk: '09:30:00.000Z:1a:2' }],
    ['a composite key, values in request order', composite, { ds_pk: 'Comments:2019-01-01', ds_sk: '09:30:00.000Z:1a:2b:3' }],
    ['customPartitionKey: partition value in ds_pk, sort value in ds_sk', { ...composite, customPartitionKey: 'pk' }, { ds_pk: 'Comments:2019-01-01:1a', ds_sk: '09:30:00.000Z:2b:3' }],
    [
      'populateIndexFields: the plain format in gsi_ds_pk / gsi_ds_sk',
      { ...composite, customPartitionKey: 'pk', populateIndexFields: true },
      { ds_pk: 'Comments:2019-01-01:1a', ds_sk: '09:30:00.000Z:2b:3', gsi_ds_pk: 'Comments:2019-01-01', gsi_ds_sk: '09:30:00.000Z:1a:2b:3' },
    ],
    ['populateIndexFields alone changes nothing', { populateIndexFields: true }, { ds_pk: 'Comments:2019-01-01', ds_sk: '09:30:00.000Z:1a:2' }],
    ['a number key as its digits', { key: { id: { N: '42' } } }, { ds_pk: 'Comments:2019-01-01', ds_sk: '09:30:00.000Z:42:2' }],
  ])('%s', (_case, change, keys) => {
    // Act / Assess
    expect(deltaKeys({ ...base, ...change })).toEqual(keys);
  });
});

describe('deltaRecord', () => {
  it('is the item plus its keys and a _ttl of the change time plus DeltaSyncTableTTL minutes', () => {
    // Act
    const record = deltaRecord({ id: { S: '1a' }, _version: { N: '2' } }, base, 30);
    // Assess
    expect(record).toEqual({
      id: { S: '1a' },
      _version: { N: '2' },
      ds_pk: { S: 'Comments:2019-01-01' },
      ds_sk: { S: '09:30:00.000Z:1a:2' },
      _ttl: { N: String(AT / 1000 + 30 * 60) },
    });
  });
});

describe('dayAndTime', () => {
  it('splits the UTC moment so that times of one day sort as text', () => {
    // Act / Assess
    expect(dayAndTime(Date.parse('2024-02-29T23:59:59.999Z'))).toEqual({ day: '2024-02-29', time: '23:59:59.999Z' });
  });
});
