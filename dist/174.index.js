export const id = 174;
export const ids = [174];
export const modules = {

/***/ 81174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createAjv: () => (/* binding */ createAjv)
/* harmony export */ });
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The one Ajv configuration of the project, built by `loadAjv()` (./ajv.ts) at its first need: the loader
 * compiles every tool's `parameters` with it, so a schema the engine would reject at call time is a load error
 * instead (and not a failed call blamed on the agent); tool calls and the `json_schema` criterion are checked with
 * it too.
 */


/**
 * `strict: false`: tools copied from other platforms carry keywords (e.g. `examples`, vendor `x-` keys) Ajv would
 * refuse.
 * ajv-formats: `format: email`, `date-time`, `uri`… are checked, instead of ignored with an "unknown format" warning.
 */
function createAjv() {
    const ajv = new ajv__WEBPACK_IMPORTED_MODULE_1__.Ajv({ allErrors: true, strict: false });
    // A CommonJS module: its function is also exported as `default`, which is what the types describe under NodeNext.
    ajv_formats__WEBPACK_IMPORTED_MODULE_0___default()["default"](ajv);
    return ajv;
}


/***/ })

};
