import { clientOptions } from './api-client';
import { devEndpoints } from './areas/dev';
import { createApiClient } from './client';

/** The mock backend's dev API, for the demo panel: never part of a build against a real API. */
export const devApi = createApiClient(devEndpoints, clientOptions);
