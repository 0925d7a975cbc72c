// express4 is an npm alias of express 4.22.3; the express 5 types cover
// what these tests use of it.
declare module 'express4' {
  import express from 'express';
  export default express;
}
