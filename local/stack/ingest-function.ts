import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { functionEnvironment } from '../runtime/function-env.ts';
import { FunctionHost } from '../runtime/function-host.ts';
import { LOCAL_ACCOUNT, resolveEnvironment } from '../template/resolve-env.ts';
import type { LocalWiring } from '../template/wiring.ts';
import { assetFileOf } from './asset-file.ts';

export interface FunctionEndpoints {
  region: string;
  s3Endpoint: string;
  dynamoEndpoint: string;
  controlEndpoint: string;
}

/**
 * The template's function as a local host: its bundled asset, its handler, its timeout
 * and memory, its environment with references resolved to local names, and SDK
 * endpoints pointing at the emulators (`endpointVariables` adds more, e.g. the local
 * bus's). Logs go to `<dataDir>/logs/<function>.log`. `wiring.fn` is the ingest
 * function; the publish function is hosted the same way with its own `fn`.
 */
export const createIngestFunction = (
  wiring: LocalWiring,
  endpoints: FunctionEndpoints,
  dataDir: string,
  endpointVariables: Record<string, string> = {},
): FunctionHost => {
  const { fn } = wiring;
  const { region } = endpoints;
  return new FunctionHost({
    handlerFile: assetFileOf(fn),
    handlerExport: fn.handlerExport,
    functionArn: `arn:aws:lambda:${region}:${LOCAL_ACCOUNT}:function:${fn.logicalId}`,
    timeoutMs: fn.timeoutSeconds * 1000,
    memoryMb: fn.memoryMb,
    logs: createWriteStream(path.join(dataDir, 'logs', `${fn.logicalId}.log`), { flags: 'a' }),
    env: {
      ...endpointVariables,
      ...functionEnvironment({
        templateEnv: resolveEnvironment(wiring, {
          region,
          queueBaseUrl: endpoints.controlEndpoint,
        }),
        functionName: fn.logicalId,
        memoryMb: fn.memoryMb,
        region,
        s3Endpoint: endpoints.s3Endpoint,
        dynamoEndpoint: endpoints.dynamoEndpoint,
      }),
    },
  });
};
