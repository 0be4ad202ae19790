// The parameter names of each call, so that a rejected argument can be named in plain words.

import type { Channel } from './contract.js';

/** The names of each channel's parameters, in order, so their count is the channel's arity. */
export const parameterNames: Readonly<Record<Channel, readonly string[]>> = {
  'images.list': [],
  'images.plan': ['request'],
  'images.remove': ['request'],
  'images.tag': ['source', 'target'],
  'containers.list': [],
  'namespaces.list': [],
  'namespaces.select': ['name'],
  'connection.status': [],
};
