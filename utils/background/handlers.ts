/**
 * What the background answers, one function per message of utils/messaging/protocol.ts that
 * goes to the background. Plain async functions of the message data, so tests and the
 * benchmark call them without a browser.
 */
import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import type { ProtocolMap } from '../messaging/protocol';
import { importData, importFinish, importSlice } from './import-data';
import {
  addNotAPattern,
  deleteAllData,
  deletePatterns,
  logPattern,
  logTrust,
  removeNotAPattern,
  saveCheckin,
  storageUsage,
} from './writes';

export type DataMessage =
  | 'logPattern'
  | 'logTrust'
  | 'saveCheckin'
  | 'deletePatterns'
  | 'addNotAPattern'
  | 'removeNotAPattern'
  | 'importData'
  | 'importSlice'
  | 'importFinish'
  | 'deleteAllData'
  | 'storageUsage';

export type DataHandlers = {
  [K in DataMessage]: GetDataType<ProtocolMap[K]> extends undefined
    ? (data?: undefined) => Promise<GetReturnType<ProtocolMap[K]>>
    : (data: GetDataType<ProtocolMap[K]>) => Promise<GetReturnType<ProtocolMap[K]>>;
};

export const dataHandlers: DataHandlers = {
  logPattern,
  logTrust,
  saveCheckin,
  deletePatterns,
  addNotAPattern,
  removeNotAPattern,
  importData,
  importSlice,
  importFinish,
  deleteAllData: () => deleteAllData(),
  storageUsage: () => storageUsage(),
};

/** Only the extension's own pages may send these (never a content script). */
export const PAGE_ONLY_MESSAGES: ReadonlySet<DataMessage> = new Set(['importData', 'importSlice', 'importFinish', 'deleteAllData', 'deletePatterns']);
