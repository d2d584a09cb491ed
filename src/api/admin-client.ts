import { clientOptions } from './api-client';
import { adminEndpoints } from './areas/admin';
import { createApiClient } from './client';

/** The admin console's client: loaded with the console, never by the people's routes. */
export const adminApi = createApiClient(adminEndpoints, clientOptions);
