// Original file: proto/types/platform.proto


export interface Platform {
  'os'?: (string);
  'architecture'?: (string);
  'variant'?: (string);
  'os_version'?: (string);
}

export interface Platform__Output {
  'os': (string);
  'architecture': (string);
  'variant': (string);
  'os_version': (string);
}
