export const id = 299;
export const ids = [299];
export const modules = {

/***/ 299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runsCommand: () => (/* binding */ runsCommand)
/* harmony export */ });
/** Placeholder until its issue lands. */
async function runsCommand(_args, io) {
    io.stderr('rehearse runs: not implemented yet\n');
    return 1;
}


/***/ })

};
