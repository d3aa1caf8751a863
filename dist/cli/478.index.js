export const id = 478;
export const ids = [478];
export const modules = {

/***/ 478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareCommand: () => (/* binding */ compareCommand)
/* harmony export */ });
/** Placeholder until its issue lands. */
async function compareCommand(_args, io) {
    io.stderr('rehearse compare: not implemented yet\n');
    return 1;
}


/***/ })

};
