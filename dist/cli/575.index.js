export const id = 575;
export const ids = [575];
export const modules = {

/***/ 575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/** Placeholder until its issue lands. */
async function validateCommand(_args, io) {
    io.stderr('rehearse validate: not implemented yet\n');
    return 1;
}


/***/ })

};
