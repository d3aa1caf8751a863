export const id = 948;
export const ids = [948];
export const modules = {

/***/ 948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCommand: () => (/* binding */ runCommand)
/* harmony export */ });
/** Placeholder until its issue lands. */
async function runCommand(_args, io) {
    io.stderr('rehearse run: not implemented yet\n');
    return 1;
}


/***/ })

};
