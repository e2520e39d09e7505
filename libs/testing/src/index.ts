export * from './wait-for';
export * from './boot-service';
export * from './http-client';
export * from './sign-in';
export * from './unique';
export * from './filing-sample';
export * from './event-tap';
export * from './consumer-start';
