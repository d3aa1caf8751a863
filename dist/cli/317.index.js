export const id = 317;
export const ids = [317];
export const modules = {

/***/ 317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeCommand: () => (/* binding */ mergeCommand)
/* harmony export */ });
/** Placeholder until its issue lands. */
async function mergeCommand(_args, io) {
    io.stderr('rehearse merge: not implemented yet\n');
    return 1;
}


/***/ })

};
