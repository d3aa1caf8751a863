export const id = 595;
export const ids = [595];
export const modules = {

/***/ 595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportCommand: () => (/* binding */ reportCommand)
/* harmony export */ });
/** Placeholder until its issue lands. */
async function reportCommand(_args, io) {
    io.stderr('rehearse report: not implemented yet\n');
    return 1;
}


/***/ })

};
