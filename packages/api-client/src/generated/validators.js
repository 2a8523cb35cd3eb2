// Generated from the Vivamo OpenAPI spec by packages/api-client/scripts/generate-validators.mjs.
// Do not edit: change the spec and run `pnpm generate`.
/* eslint-disable */
import * as runtime_equal_defaultModule from "ajv/dist/runtime/equal.js";
const runtime_equal_default = pick(runtime_equal_defaultModule, "default");
function pick(module, name) {
  return typeof module[name] === "function" ? module[name] : module.default[name];
}
"use strict";
export const listCustomers200 = validate52;
const schema19 = {"$ref":"https://spec.vivamo.invalid/components/schemas/CustomerList"};
const schema20 = {"$id":"https://spec.vivamo.invalid/components/schemas/CustomerList","type":"object","required":["customers","total","page","limit","totalPages"],"additionalProperties":false,"properties":{"customers":{"type":"array","items":{"$ref":"https://spec.vivamo.invalid/components/schemas/Customer"}},"total":{"type":"integer","minimum":0},"page":{"type":"integer","minimum":1},"limit":{"type":"integer","minimum":1},"totalPages":{"type":"integer","minimum":0}}};
const schema21 = {"$id":"https://spec.vivamo.invalid/components/schemas/Customer","type":"object","required":["externalCustomerId","data","kycVerifications","createdAt"],"additionalProperties":false,"properties":{"externalCustomerId":{"type":"string"},"data":{"$ref":"https://spec.vivamo.invalid/components/schemas/CustomerData"},"kycVerifications":{"type":"array","items":{"$ref":"https://spec.vivamo.invalid/components/schemas/KycVerification"}},"createdAt":{"type":"string","format":"date-time"}}};
const schema22 = {"$id":"https://spec.vivamo.invalid/components/schemas/CustomerData","type":"object","required":["email"],"additionalProperties":false,"properties":{"email":{"type":"string","format":"email"},"phone":{"type":"string"},"firstName":{"type":"string"},"lastName":{"type":"string"},"street":{"type":"string"},"street2":{"type":"string"},"state":{"type":"string","pattern":"^[A-Z]{2}$"},"city":{"type":"string"},"zip":{"type":"string"},"country":{"type":"string","pattern":"^[A-Z]{2}$"}}};
const func1 = Object.prototype.hasOwnProperty;
const formats0 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const pattern3 = new RegExp("^[A-Z]{2}$", "u");

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/CustomerData" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate55.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.email === undefined) && (missing0 = "email")){
validate55.errors = [{instancePath,schemaPath:"#/components/schemas/CustomerData/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema22.properties, key0))){
validate55.errors = [{instancePath,schemaPath:"#/components/schemas/CustomerData/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.email !== undefined){
let data0 = data.email;
const _errs2 = errors;
if(errors === _errs2){
if(errors === _errs2){
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
validate55.errors = [{instancePath:instancePath+"/email",schemaPath:"#/components/schemas/CustomerData/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""}];
return false;
}
}
else {
validate55.errors = [{instancePath:instancePath+"/email",schemaPath:"#/components/schemas/CustomerData/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.phone !== undefined){
const _errs4 = errors;
if(typeof data.phone !== "string"){
validate55.errors = [{instancePath:instancePath+"/phone",schemaPath:"#/components/schemas/CustomerData/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.firstName !== undefined){
const _errs6 = errors;
if(typeof data.firstName !== "string"){
validate55.errors = [{instancePath:instancePath+"/firstName",schemaPath:"#/components/schemas/CustomerData/properties/firstName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastName !== undefined){
const _errs8 = errors;
if(typeof data.lastName !== "string"){
validate55.errors = [{instancePath:instancePath+"/lastName",schemaPath:"#/components/schemas/CustomerData/properties/lastName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.street !== undefined){
const _errs10 = errors;
if(typeof data.street !== "string"){
validate55.errors = [{instancePath:instancePath+"/street",schemaPath:"#/components/schemas/CustomerData/properties/street/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.street2 !== undefined){
const _errs12 = errors;
if(typeof data.street2 !== "string"){
validate55.errors = [{instancePath:instancePath+"/street2",schemaPath:"#/components/schemas/CustomerData/properties/street2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
let data6 = data.state;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data6 === "string"){
if(!pattern3.test(data6)){
validate55.errors = [{instancePath:instancePath+"/state",schemaPath:"#/components/schemas/CustomerData/properties/state/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\""}];
return false;
}
}
else {
validate55.errors = [{instancePath:instancePath+"/state",schemaPath:"#/components/schemas/CustomerData/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.city !== undefined){
const _errs16 = errors;
if(typeof data.city !== "string"){
validate55.errors = [{instancePath:instancePath+"/city",schemaPath:"#/components/schemas/CustomerData/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.zip !== undefined){
const _errs18 = errors;
if(typeof data.zip !== "string"){
validate55.errors = [{instancePath:instancePath+"/zip",schemaPath:"#/components/schemas/CustomerData/properties/zip/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.country !== undefined){
let data9 = data.country;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data9 === "string"){
if(!pattern3.test(data9)){
validate55.errors = [{instancePath:instancePath+"/country",schemaPath:"#/components/schemas/CustomerData/properties/country/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\""}];
return false;
}
}
else {
validate55.errors = [{instancePath:instancePath+"/country",schemaPath:"#/components/schemas/CustomerData/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate55.errors = [{instancePath,schemaPath:"#/components/schemas/CustomerData/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate55.errors = vErrors;
return errors === 0;
}
validate55.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema23 = {"$id":"https://spec.vivamo.invalid/components/schemas/KycVerification","type":"object","required":["type","status","createdAt"],"additionalProperties":false,"properties":{"type":{"$ref":"https://spec.vivamo.invalid/components/schemas/KycVerificationType"},"status":{"$ref":"https://spec.vivamo.invalid/components/schemas/KycStatus"},"createdAt":{"type":"string","format":"date-time"}}};
const schema24 = {"$id":"https://spec.vivamo.invalid/components/schemas/KycVerificationType","type":"string","enum":["proof_of_id"]};

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/KycVerificationType" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate58.errors = [{instancePath,schemaPath:"#/components/schemas/KycVerificationType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(data === "proof_of_id")){
validate58.errors = [{instancePath,schemaPath:"#/components/schemas/KycVerificationType/enum",keyword:"enum",params:{allowedValues: schema24.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema25 = {"$id":"https://spec.vivamo.invalid/components/schemas/KycStatus","type":"string","enum":["pending","verified","under_review","rejected","expired","verified_manually","rejected_manually"]};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/KycStatus" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate60.errors = [{instancePath,schemaPath:"#/components/schemas/KycStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((data === "pending") || (data === "verified")) || (data === "under_review")) || (data === "rejected")) || (data === "expired")) || (data === "verified_manually")) || (data === "rejected_manually"))){
validate60.errors = [{instancePath,schemaPath:"#/components/schemas/KycStatus/enum",keyword:"enum",params:{allowedValues: schema25.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"dynamicProps":false,"dynamicItems":false};

const formats2 = /^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i;

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/KycVerification" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.type === undefined) && (missing0 = "type")) || ((data.status === undefined) && (missing0 = "status"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))){
validate57.errors = [{instancePath,schemaPath:"#/components/schemas/KycVerification/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "status")) || (key0 === "createdAt"))){
validate57.errors = [{instancePath,schemaPath:"#/components/schemas/KycVerification/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if(!(validate58(data.type, {instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
const _errs3 = errors;
if(!(validate60(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data2 = data.createdAt;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data2 === "string"){
if(!(formats2.test(data2))){
validate57.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/components/schemas/KycVerification/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate57.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/components/schemas/KycVerification/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate57.errors = [{instancePath,schemaPath:"#/components/schemas/KycVerification/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/Customer" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.externalCustomerId === undefined) && (missing0 = "externalCustomerId")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.kycVerifications === undefined) && (missing0 = "kycVerifications"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))){
validate54.errors = [{instancePath,schemaPath:"#/components/schemas/Customer/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "externalCustomerId") || (key0 === "data")) || (key0 === "kycVerifications")) || (key0 === "createdAt"))){
validate54.errors = [{instancePath,schemaPath:"#/components/schemas/Customer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.externalCustomerId !== undefined){
const _errs2 = errors;
if(typeof data.externalCustomerId !== "string"){
validate54.errors = [{instancePath:instancePath+"/externalCustomerId",schemaPath:"#/components/schemas/Customer/properties/externalCustomerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
const _errs4 = errors;
if(!(validate55(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kycVerifications !== undefined){
let data2 = data.kycVerifications;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs7 = errors;
if(!(validate57(data2[i0], {instancePath:instancePath+"/kycVerifications/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
else {
validate54.errors = [{instancePath:instancePath+"/kycVerifications",schemaPath:"#/components/schemas/Customer/properties/kycVerifications/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data4 = data.createdAt;
const _errs8 = errors;
if(errors === _errs8){
if(errors === _errs8){
if(typeof data4 === "string"){
if(!(formats2.test(data4))){
validate54.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/components/schemas/Customer/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate54.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/components/schemas/Customer/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate54.errors = [{instancePath,schemaPath:"#/components/schemas/Customer/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/CustomerList" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.customers === undefined) && (missing0 = "customers")) || ((data.total === undefined) && (missing0 = "total"))) || ((data.page === undefined) && (missing0 = "page"))) || ((data.limit === undefined) && (missing0 = "limit"))) || ((data.totalPages === undefined) && (missing0 = "totalPages"))){
validate53.errors = [{instancePath,schemaPath:"#/components/schemas/CustomerList/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "customers") || (key0 === "total")) || (key0 === "page")) || (key0 === "limit")) || (key0 === "totalPages"))){
validate53.errors = [{instancePath,schemaPath:"#/components/schemas/CustomerList/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.customers !== undefined){
let data0 = data.customers;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
if(!(validate54(data0[i0], {instancePath:instancePath+"/customers/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate53.errors = [{instancePath:instancePath+"/customers",schemaPath:"#/components/schemas/CustomerList/properties/customers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.total !== undefined){
let data2 = data.total;
const _errs5 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate53.errors = [{instancePath:instancePath+"/total",schemaPath:"#/components/schemas/CustomerList/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs5){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate53.errors = [{instancePath:instancePath+"/total",schemaPath:"#/components/schemas/CustomerList/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.page !== undefined){
let data3 = data.page;
const _errs7 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate53.errors = [{instancePath:instancePath+"/page",schemaPath:"#/components/schemas/CustomerList/properties/page/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs7){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate53.errors = [{instancePath:instancePath+"/page",schemaPath:"#/components/schemas/CustomerList/properties/page/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.limit !== undefined){
let data4 = data.limit;
const _errs9 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate53.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/components/schemas/CustomerList/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
validate53.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/components/schemas/CustomerList/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.totalPages !== undefined){
let data5 = data.totalPages;
const _errs11 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate53.errors = [{instancePath:instancePath+"/totalPages",schemaPath:"#/components/schemas/CustomerList/properties/totalPages/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs11){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
validate53.errors = [{instancePath:instancePath+"/totalPages",schemaPath:"#/components/schemas/CustomerList/properties/totalPages/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate53.errors = [{instancePath,schemaPath:"#/components/schemas/CustomerList/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate53(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const createCustomer200 = validate65;
const schema26 = {"$ref":"https://spec.vivamo.invalid/components/schemas/CreatedCustomer"};
const schema27 = {"$id":"https://spec.vivamo.invalid/components/schemas/CreatedCustomer","type":"object","required":["externalCustomerId","data"],"additionalProperties":false,"properties":{"externalCustomerId":{"type":"string"},"data":{"$ref":"https://spec.vivamo.invalid/components/schemas/CustomerData"}}};

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/CreatedCustomer" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.externalCustomerId === undefined) && (missing0 = "externalCustomerId")) || ((data.data === undefined) && (missing0 = "data"))){
validate66.errors = [{instancePath,schemaPath:"#/components/schemas/CreatedCustomer/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "externalCustomerId") || (key0 === "data"))){
validate66.errors = [{instancePath,schemaPath:"#/components/schemas/CreatedCustomer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.externalCustomerId !== undefined){
const _errs2 = errors;
if(typeof data.externalCustomerId !== "string"){
validate66.errors = [{instancePath:instancePath+"/externalCustomerId",schemaPath:"#/components/schemas/CreatedCustomer/properties/externalCustomerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
const _errs4 = errors;
if(!(validate55(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate66.errors = [{instancePath,schemaPath:"#/components/schemas/CreatedCustomer/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate65.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate66(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
validate65.errors = vErrors;
return errors === 0;
}
validate65.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const getCustomer200 = validate69;
const schema28 = {"$ref":"https://spec.vivamo.invalid/components/schemas/Customer"};

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate69.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate54(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
validate69.errors = vErrors;
return errors === 0;
}
validate69.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const listCustomersForKycReview200 = validate71;
const schema29 = {"$ref":"https://spec.vivamo.invalid/components/schemas/CustomersForKycReview"};
const schema30 = {"$id":"https://spec.vivamo.invalid/components/schemas/CustomersForKycReview","type":"array","items":{"$ref":"https://spec.vivamo.invalid/components/schemas/Customer"}};

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/CustomersForKycReview" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate72.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate54(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate72.errors = [{instancePath,schemaPath:"#/components/schemas/CustomersForKycReview/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate72.errors = vErrors;
return errors === 0;
}
validate72.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate71.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate72(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
validate71.errors = vErrors;
return errors === 0;
}
validate71.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

export const getCustomerKycInfo200 = validate75;
const schema31 = {"$ref":"https://spec.vivamo.invalid/components/schemas/KycInfo"};
const schema32 = {"$id":"https://spec.vivamo.invalid/components/schemas/KycInfo","type":"object","required":["externalCustomerId","kycVerification"],"additionalProperties":false,"properties":{"externalCustomerId":{"type":"string"},"kycVerification":{"anyOf":[{"$ref":"https://spec.vivamo.invalid/components/schemas/KycInfoVerification"},{"type":"null"}]}}};
const schema33 = {"$id":"https://spec.vivamo.invalid/components/schemas/KycInfoVerification","type":"object","required":["type","status","verifiedAt"],"additionalProperties":false,"properties":{"type":{"$ref":"https://spec.vivamo.invalid/components/schemas/KycVerificationType"},"status":{"$ref":"https://spec.vivamo.invalid/components/schemas/KycStatus"},"verifiedAt":{"type":"string","format":"date-time"},"clientSecretKey":{"type":"string","pattern":"^cs_ki_.+$"},"data":{"$ref":"https://spec.vivamo.invalid/components/schemas/KycVerificationLinks"}}};
const schema34 = {"$id":"https://spec.vivamo.invalid/components/schemas/KycVerificationLinks","type":"object","additionalProperties":false,"properties":{"driversLicenseVerificationUrl":{"type":"string","format":"uri"},"passportVerificationUrl":{"type":"string","format":"uri"},"url":{"type":"string","format":"uri"}}};
const formats8 = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i;

function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/KycVerificationLinks" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate80.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "driversLicenseVerificationUrl") || (key0 === "passportVerificationUrl")) || (key0 === "url"))){
validate80.errors = [{instancePath,schemaPath:"#/components/schemas/KycVerificationLinks/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.driversLicenseVerificationUrl !== undefined){
let data0 = data.driversLicenseVerificationUrl;
const _errs2 = errors;
if(errors === _errs2){
if(errors === _errs2){
if(typeof data0 === "string"){
if(!(formats8.test(data0))){
validate80.errors = [{instancePath:instancePath+"/driversLicenseVerificationUrl",schemaPath:"#/components/schemas/KycVerificationLinks/properties/driversLicenseVerificationUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate80.errors = [{instancePath:instancePath+"/driversLicenseVerificationUrl",schemaPath:"#/components/schemas/KycVerificationLinks/properties/driversLicenseVerificationUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.passportVerificationUrl !== undefined){
let data1 = data.passportVerificationUrl;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(formats8.test(data1))){
validate80.errors = [{instancePath:instancePath+"/passportVerificationUrl",schemaPath:"#/components/schemas/KycVerificationLinks/properties/passportVerificationUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate80.errors = [{instancePath:instancePath+"/passportVerificationUrl",schemaPath:"#/components/schemas/KycVerificationLinks/properties/passportVerificationUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.url !== undefined){
let data2 = data.url;
const _errs6 = errors;
if(errors === _errs6){
if(errors === _errs6){
if(typeof data2 === "string"){
if(!(formats8.test(data2))){
validate80.errors = [{instancePath:instancePath+"/url",schemaPath:"#/components/schemas/KycVerificationLinks/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate80.errors = [{instancePath:instancePath+"/url",schemaPath:"#/components/schemas/KycVerificationLinks/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate80.errors = [{instancePath,schemaPath:"#/components/schemas/KycVerificationLinks/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate80.errors = vErrors;
return errors === 0;
}
validate80.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern5 = new RegExp("^cs_ki_.+$", "u");

function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/KycInfoVerification" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate77.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.type === undefined) && (missing0 = "type")) || ((data.status === undefined) && (missing0 = "status"))) || ((data.verifiedAt === undefined) && (missing0 = "verifiedAt"))){
validate77.errors = [{instancePath,schemaPath:"#/components/schemas/KycInfoVerification/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "status")) || (key0 === "verifiedAt")) || (key0 === "clientSecretKey")) || (key0 === "data"))){
validate77.errors = [{instancePath,schemaPath:"#/components/schemas/KycInfoVerification/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if(!(validate58(data.type, {instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
const _errs3 = errors;
if(!(validate60(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.verifiedAt !== undefined){
let data2 = data.verifiedAt;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data2 === "string"){
if(!(formats2.test(data2))){
validate77.errors = [{instancePath:instancePath+"/verifiedAt",schemaPath:"#/components/schemas/KycInfoVerification/properties/verifiedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate77.errors = [{instancePath:instancePath+"/verifiedAt",schemaPath:"#/components/schemas/KycInfoVerification/properties/verifiedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.clientSecretKey !== undefined){
let data3 = data.clientSecretKey;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
validate77.errors = [{instancePath:instancePath+"/clientSecretKey",schemaPath:"#/components/schemas/KycInfoVerification/properties/clientSecretKey/pattern",keyword:"pattern",params:{pattern: "^cs_ki_.+$"},message:"must match pattern \""+"^cs_ki_.+$"+"\""}];
return false;
}
}
else {
validate77.errors = [{instancePath:instancePath+"/clientSecretKey",schemaPath:"#/components/schemas/KycInfoVerification/properties/clientSecretKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
const _errs8 = errors;
if(!(validate80(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate77.errors = [{instancePath,schemaPath:"#/components/schemas/KycInfoVerification/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate77.errors = vErrors;
return errors === 0;
}
validate77.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/KycInfo" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate76.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.externalCustomerId === undefined) && (missing0 = "externalCustomerId")) || ((data.kycVerification === undefined) && (missing0 = "kycVerification"))){
validate76.errors = [{instancePath,schemaPath:"#/components/schemas/KycInfo/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "externalCustomerId") || (key0 === "kycVerification"))){
validate76.errors = [{instancePath,schemaPath:"#/components/schemas/KycInfo/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.externalCustomerId !== undefined){
const _errs2 = errors;
if(typeof data.externalCustomerId !== "string"){
validate76.errors = [{instancePath:instancePath+"/externalCustomerId",schemaPath:"#/components/schemas/KycInfo/properties/externalCustomerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kycVerification !== undefined){
let data1 = data.kycVerification;
const _errs4 = errors;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(!(validate77(data1, {instancePath:instancePath+"/kycVerification",parentData:data,parentDataProperty:"kycVerification",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
const _errs7 = errors;
if(data1 !== null){
const err0 = {instancePath:instancePath+"/kycVerification",schemaPath:"#/components/schemas/KycInfo/properties/kycVerification/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err1 = {instancePath:instancePath+"/kycVerification",schemaPath:"#/components/schemas/KycInfo/properties/kycVerification/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate76.errors = vErrors;
return false;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate76.errors = [{instancePath,schemaPath:"#/components/schemas/KycInfo/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate76.errors = vErrors;
return errors === 0;
}
validate76.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate75.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate76(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
validate75.errors = vErrors;
return errors === 0;
}
validate75.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const verifyCustomerKyc200 = validate84;
const schema35 = {"$ref":"https://spec.vivamo.invalid/components/schemas/KycDecisionResult"};
const schema36 = {"$id":"https://spec.vivamo.invalid/components/schemas/KycDecisionResult","type":"object","required":["message"],"additionalProperties":false,"properties":{"message":{"type":"string"}}};

function validate85(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/KycDecisionResult" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate85.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.message === undefined) && (missing0 = "message")){
validate85.errors = [{instancePath,schemaPath:"#/components/schemas/KycDecisionResult/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "message")){
validate85.errors = [{instancePath,schemaPath:"#/components/schemas/KycDecisionResult/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.message !== undefined){
if(typeof data.message !== "string"){
validate85.errors = [{instancePath:instancePath+"/message",schemaPath:"#/components/schemas/KycDecisionResult/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate85.errors = [{instancePath,schemaPath:"#/components/schemas/KycDecisionResult/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate85.errors = vErrors;
return errors === 0;
}
validate85.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate84.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate85(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
errors = vErrors.length;
}
validate84.errors = vErrors;
return errors === 0;
}
validate84.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const createPaymentIntent200 = validate87;
const schema37 = {"$ref":"https://spec.vivamo.invalid/components/schemas/PaymentIntent"};
const schema38 = {"$id":"https://spec.vivamo.invalid/components/schemas/PaymentIntent","type":"object","required":["paymentIntentId","amount","currency","externalCustomerId","externalPaymentIntentId","clientSecretKey","clientSecretKeyValidTill","expirationTime"],"additionalProperties":false,"properties":{"paymentIntentId":{"type":"string"},"amount":{"$ref":"https://spec.vivamo.invalid/components/schemas/Amount"},"currency":{"$ref":"https://spec.vivamo.invalid/components/schemas/Currency"},"externalCustomerId":{"type":"string"},"externalPaymentIntentId":{"type":"string"},"clientSecretKey":{"type":"string"},"clientSecretKeyValidTill":{"type":"string","format":"date-time"},"expirationTime":{"type":"string","format":"date-time"}}};
const schema39 = {"$id":"https://spec.vivamo.invalid/components/schemas/Amount","type":"string","pattern":"^\\d+\\.\\d{2}$"};
const pattern6 = new RegExp("^\\d+\\.\\d{2}$", "u");

function validate89(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/Amount" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate89.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(typeof data === "string"){
if(!pattern6.test(data)){
validate89.errors = [{instancePath,schemaPath:"#/components/schemas/Amount/pattern",keyword:"pattern",params:{pattern: "^\\d+\\.\\d{2}$"},message:"must match pattern \""+"^\\d+\\.\\d{2}$"+"\""}];
return false;
}
}
else {
validate89.errors = [{instancePath,schemaPath:"#/components/schemas/Amount/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate89.errors = vErrors;
return errors === 0;
}
validate89.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema40 = {"$id":"https://spec.vivamo.invalid/components/schemas/Currency","type":"string"};

function validate91(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/Currency" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate91.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate91.errors = [{instancePath,schemaPath:"#/components/schemas/Currency/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate91.errors = vErrors;
return errors === 0;
}
validate91.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/PaymentIntent" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate88.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((data.paymentIntentId === undefined) && (missing0 = "paymentIntentId")) || ((data.amount === undefined) && (missing0 = "amount"))) || ((data.currency === undefined) && (missing0 = "currency"))) || ((data.externalCustomerId === undefined) && (missing0 = "externalCustomerId"))) || ((data.externalPaymentIntentId === undefined) && (missing0 = "externalPaymentIntentId"))) || ((data.clientSecretKey === undefined) && (missing0 = "clientSecretKey"))) || ((data.clientSecretKeyValidTill === undefined) && (missing0 = "clientSecretKeyValidTill"))) || ((data.expirationTime === undefined) && (missing0 = "expirationTime"))){
validate88.errors = [{instancePath,schemaPath:"#/components/schemas/PaymentIntent/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "paymentIntentId") || (key0 === "amount")) || (key0 === "currency")) || (key0 === "externalCustomerId")) || (key0 === "externalPaymentIntentId")) || (key0 === "clientSecretKey")) || (key0 === "clientSecretKeyValidTill")) || (key0 === "expirationTime"))){
validate88.errors = [{instancePath,schemaPath:"#/components/schemas/PaymentIntent/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.paymentIntentId !== undefined){
const _errs2 = errors;
if(typeof data.paymentIntentId !== "string"){
validate88.errors = [{instancePath:instancePath+"/paymentIntentId",schemaPath:"#/components/schemas/PaymentIntent/properties/paymentIntentId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.amount !== undefined){
const _errs4 = errors;
if(!(validate89(data.amount, {instancePath:instancePath+"/amount",parentData:data,parentDataProperty:"amount",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.currency !== undefined){
const _errs5 = errors;
if(!(validate91(data.currency, {instancePath:instancePath+"/currency",parentData:data,parentDataProperty:"currency",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalCustomerId !== undefined){
const _errs6 = errors;
if(typeof data.externalCustomerId !== "string"){
validate88.errors = [{instancePath:instancePath+"/externalCustomerId",schemaPath:"#/components/schemas/PaymentIntent/properties/externalCustomerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalPaymentIntentId !== undefined){
const _errs8 = errors;
if(typeof data.externalPaymentIntentId !== "string"){
validate88.errors = [{instancePath:instancePath+"/externalPaymentIntentId",schemaPath:"#/components/schemas/PaymentIntent/properties/externalPaymentIntentId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.clientSecretKey !== undefined){
const _errs10 = errors;
if(typeof data.clientSecretKey !== "string"){
validate88.errors = [{instancePath:instancePath+"/clientSecretKey",schemaPath:"#/components/schemas/PaymentIntent/properties/clientSecretKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.clientSecretKeyValidTill !== undefined){
let data6 = data.clientSecretKeyValidTill;
const _errs12 = errors;
if(errors === _errs12){
if(errors === _errs12){
if(typeof data6 === "string"){
if(!(formats2.test(data6))){
validate88.errors = [{instancePath:instancePath+"/clientSecretKeyValidTill",schemaPath:"#/components/schemas/PaymentIntent/properties/clientSecretKeyValidTill/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate88.errors = [{instancePath:instancePath+"/clientSecretKeyValidTill",schemaPath:"#/components/schemas/PaymentIntent/properties/clientSecretKeyValidTill/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expirationTime !== undefined){
let data7 = data.expirationTime;
const _errs14 = errors;
if(errors === _errs14){
if(errors === _errs14){
if(typeof data7 === "string"){
if(!(formats2.test(data7))){
validate88.errors = [{instancePath:instancePath+"/expirationTime",schemaPath:"#/components/schemas/PaymentIntent/properties/expirationTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate88.errors = [{instancePath:instancePath+"/expirationTime",schemaPath:"#/components/schemas/PaymentIntent/properties/expirationTime/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate88.errors = [{instancePath,schemaPath:"#/components/schemas/PaymentIntent/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate88.errors = vErrors;
return errors === 0;
}
validate88.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate87.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate88(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
validate87.errors = vErrors;
return errors === 0;
}
validate87.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const getPaymentIntentStatus200 = validate94;
const schema41 = {"$ref":"https://spec.vivamo.invalid/components/schemas/PaymentIntentStatus"};
const schema42 = {"$id":"https://spec.vivamo.invalid/components/schemas/PaymentIntentStatus","type":"object","required":["status","payments"],"additionalProperties":false,"properties":{"status":{"$ref":"https://spec.vivamo.invalid/components/schemas/PaymentIntentState"},"payments":{"type":"array","items":{"$ref":"https://spec.vivamo.invalid/components/schemas/Payment"}}}};
const schema43 = {"$id":"https://spec.vivamo.invalid/components/schemas/PaymentIntentState","type":"string","enum":["no-payment","pending","success","failed"]};

function validate96(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/PaymentIntentState" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate96.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate96.errors = [{instancePath,schemaPath:"#/components/schemas/PaymentIntentState/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data === "no-payment") || (data === "pending")) || (data === "success")) || (data === "failed"))){
validate96.errors = [{instancePath,schemaPath:"#/components/schemas/PaymentIntentState/enum",keyword:"enum",params:{allowedValues: schema43.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate96.errors = vErrors;
return errors === 0;
}
validate96.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema44 = {"$id":"https://spec.vivamo.invalid/components/schemas/Payment","type":"object","required":["id","status","createdAt","type","messages"],"additionalProperties":false,"properties":{"id":{"type":"string"},"status":{"$ref":"https://spec.vivamo.invalid/components/schemas/PaymentState"},"subStatus":{"type":"string"},"createdAt":{"type":"string","format":"date-time"},"type":{"$ref":"https://spec.vivamo.invalid/components/schemas/PaymentMethodType"},"messages":{"type":"array","items":{"$ref":"https://spec.vivamo.invalid/components/schemas/ProcessingMessage"}}}};
const schema45 = {"$id":"https://spec.vivamo.invalid/components/schemas/PaymentState","type":"string","enum":["pending","success","failed"]};

function validate99(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/PaymentState" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate99.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate99.errors = [{instancePath,schemaPath:"#/components/schemas/PaymentState/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data === "pending") || (data === "success")) || (data === "failed"))){
validate99.errors = [{instancePath,schemaPath:"#/components/schemas/PaymentState/enum",keyword:"enum",params:{allowedValues: schema45.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate99.errors = vErrors;
return errors === 0;
}
validate99.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema46 = {"$id":"https://spec.vivamo.invalid/components/schemas/PaymentMethodType","type":"string","enum":["card","bank","pay_by_bank","crypto"]};

function validate101(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/PaymentMethodType" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate101.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate101.errors = [{instancePath,schemaPath:"#/components/schemas/PaymentMethodType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data === "card") || (data === "bank")) || (data === "pay_by_bank")) || (data === "crypto"))){
validate101.errors = [{instancePath,schemaPath:"#/components/schemas/PaymentMethodType/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate101.errors = vErrors;
return errors === 0;
}
validate101.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema47 = {"$id":"https://spec.vivamo.invalid/components/schemas/ProcessingMessage","type":"object","additionalProperties":true};

function validate103(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/ProcessingMessage" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate103.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
}
else {
validate103.errors = [{instancePath,schemaPath:"#/components/schemas/ProcessingMessage/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate103.errors = vErrors;
return errors === 0;
}
validate103.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate98(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/Payment" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate98.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.id === undefined) && (missing0 = "id")) || ((data.status === undefined) && (missing0 = "status"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.type === undefined) && (missing0 = "type"))) || ((data.messages === undefined) && (missing0 = "messages"))){
validate98.errors = [{instancePath,schemaPath:"#/components/schemas/Payment/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "status")) || (key0 === "subStatus")) || (key0 === "createdAt")) || (key0 === "type")) || (key0 === "messages"))){
validate98.errors = [{instancePath,schemaPath:"#/components/schemas/Payment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
const _errs2 = errors;
if(typeof data.id !== "string"){
validate98.errors = [{instancePath:instancePath+"/id",schemaPath:"#/components/schemas/Payment/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
const _errs4 = errors;
if(!(validate99(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.subStatus !== undefined){
const _errs5 = errors;
if(typeof data.subStatus !== "string"){
validate98.errors = [{instancePath:instancePath+"/subStatus",schemaPath:"#/components/schemas/Payment/properties/subStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data3 = data.createdAt;
const _errs7 = errors;
if(errors === _errs7){
if(errors === _errs7){
if(typeof data3 === "string"){
if(!(formats2.test(data3))){
validate98.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/components/schemas/Payment/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate98.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/components/schemas/Payment/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs9 = errors;
if(!(validate101(data.type, {instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messages !== undefined){
let data5 = data.messages;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data5)){
var valid1 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
const _errs12 = errors;
if(!(validate103(data5[i0], {instancePath:instancePath+"/messages/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
errors = vErrors.length;
}
var valid1 = _errs12 === errors;
if(!valid1){
break;
}
}
}
else {
validate98.errors = [{instancePath:instancePath+"/messages",schemaPath:"#/components/schemas/Payment/properties/messages/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate98.errors = [{instancePath,schemaPath:"#/components/schemas/Payment/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate98.errors = vErrors;
return errors === 0;
}
validate98.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate95(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/PaymentIntentStatus" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate95.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.status === undefined) && (missing0 = "status")) || ((data.payments === undefined) && (missing0 = "payments"))){
validate95.errors = [{instancePath,schemaPath:"#/components/schemas/PaymentIntentStatus/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "status") || (key0 === "payments"))){
validate95.errors = [{instancePath,schemaPath:"#/components/schemas/PaymentIntentStatus/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.status !== undefined){
const _errs2 = errors;
if(!(validate96(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.payments !== undefined){
let data1 = data.payments;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(!(validate98(data1[i0], {instancePath:instancePath+"/payments/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate95.errors = [{instancePath:instancePath+"/payments",schemaPath:"#/components/schemas/PaymentIntentStatus/properties/payments/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate95.errors = [{instancePath,schemaPath:"#/components/schemas/PaymentIntentStatus/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate95.errors = vErrors;
return errors === 0;
}
validate95.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate94(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate94.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate95(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
errors = vErrors.length;
}
validate94.errors = vErrors;
return errors === 0;
}
validate94.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const createDisbursementIntent200 = validate107;
const schema48 = {"$ref":"https://spec.vivamo.invalid/components/schemas/DisbursementIntent"};
const schema49 = {"$id":"https://spec.vivamo.invalid/components/schemas/DisbursementIntent","type":"object","required":["disbursementIntentId","amount","currency","externalCustomerId","externalDisbursementIntentId","clientSecretKey","clientSecretKeyValidTill","expirationTime"],"additionalProperties":false,"properties":{"disbursementIntentId":{"type":"string"},"amount":{"$ref":"https://spec.vivamo.invalid/components/schemas/Amount"},"currency":{"$ref":"https://spec.vivamo.invalid/components/schemas/Currency"},"externalCustomerId":{"type":"string"},"externalDisbursementIntentId":{"type":"string"},"clientSecretKey":{"type":"string"},"clientSecretKeyValidTill":{"type":"string","format":"date-time"},"expirationTime":{"type":"string","format":"date-time"}}};

function validate108(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/DisbursementIntent" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate108.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((data.disbursementIntentId === undefined) && (missing0 = "disbursementIntentId")) || ((data.amount === undefined) && (missing0 = "amount"))) || ((data.currency === undefined) && (missing0 = "currency"))) || ((data.externalCustomerId === undefined) && (missing0 = "externalCustomerId"))) || ((data.externalDisbursementIntentId === undefined) && (missing0 = "externalDisbursementIntentId"))) || ((data.clientSecretKey === undefined) && (missing0 = "clientSecretKey"))) || ((data.clientSecretKeyValidTill === undefined) && (missing0 = "clientSecretKeyValidTill"))) || ((data.expirationTime === undefined) && (missing0 = "expirationTime"))){
validate108.errors = [{instancePath,schemaPath:"#/components/schemas/DisbursementIntent/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "disbursementIntentId") || (key0 === "amount")) || (key0 === "currency")) || (key0 === "externalCustomerId")) || (key0 === "externalDisbursementIntentId")) || (key0 === "clientSecretKey")) || (key0 === "clientSecretKeyValidTill")) || (key0 === "expirationTime"))){
validate108.errors = [{instancePath,schemaPath:"#/components/schemas/DisbursementIntent/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.disbursementIntentId !== undefined){
const _errs2 = errors;
if(typeof data.disbursementIntentId !== "string"){
validate108.errors = [{instancePath:instancePath+"/disbursementIntentId",schemaPath:"#/components/schemas/DisbursementIntent/properties/disbursementIntentId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.amount !== undefined){
const _errs4 = errors;
if(!(validate89(data.amount, {instancePath:instancePath+"/amount",parentData:data,parentDataProperty:"amount",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.currency !== undefined){
const _errs5 = errors;
if(!(validate91(data.currency, {instancePath:instancePath+"/currency",parentData:data,parentDataProperty:"currency",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalCustomerId !== undefined){
const _errs6 = errors;
if(typeof data.externalCustomerId !== "string"){
validate108.errors = [{instancePath:instancePath+"/externalCustomerId",schemaPath:"#/components/schemas/DisbursementIntent/properties/externalCustomerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalDisbursementIntentId !== undefined){
const _errs8 = errors;
if(typeof data.externalDisbursementIntentId !== "string"){
validate108.errors = [{instancePath:instancePath+"/externalDisbursementIntentId",schemaPath:"#/components/schemas/DisbursementIntent/properties/externalDisbursementIntentId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.clientSecretKey !== undefined){
const _errs10 = errors;
if(typeof data.clientSecretKey !== "string"){
validate108.errors = [{instancePath:instancePath+"/clientSecretKey",schemaPath:"#/components/schemas/DisbursementIntent/properties/clientSecretKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.clientSecretKeyValidTill !== undefined){
let data6 = data.clientSecretKeyValidTill;
const _errs12 = errors;
if(errors === _errs12){
if(errors === _errs12){
if(typeof data6 === "string"){
if(!(formats2.test(data6))){
validate108.errors = [{instancePath:instancePath+"/clientSecretKeyValidTill",schemaPath:"#/components/schemas/DisbursementIntent/properties/clientSecretKeyValidTill/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate108.errors = [{instancePath:instancePath+"/clientSecretKeyValidTill",schemaPath:"#/components/schemas/DisbursementIntent/properties/clientSecretKeyValidTill/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expirationTime !== undefined){
let data7 = data.expirationTime;
const _errs14 = errors;
if(errors === _errs14){
if(errors === _errs14){
if(typeof data7 === "string"){
if(!(formats2.test(data7))){
validate108.errors = [{instancePath:instancePath+"/expirationTime",schemaPath:"#/components/schemas/DisbursementIntent/properties/expirationTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate108.errors = [{instancePath:instancePath+"/expirationTime",schemaPath:"#/components/schemas/DisbursementIntent/properties/expirationTime/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate108.errors = [{instancePath,schemaPath:"#/components/schemas/DisbursementIntent/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate108.errors = vErrors;
return errors === 0;
}
validate108.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate107(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate107.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate108(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate108.errors : vErrors.concat(validate108.errors);
errors = vErrors.length;
}
validate107.errors = vErrors;
return errors === 0;
}
validate107.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const getDisbursementIntentStatus200 = validate112;
const schema50 = {"$ref":"https://spec.vivamo.invalid/components/schemas/DisbursementIntentStatus"};
const schema51 = {"$id":"https://spec.vivamo.invalid/components/schemas/DisbursementIntentStatus","type":"object","required":["status","disbursement"],"additionalProperties":false,"properties":{"status":{"$ref":"https://spec.vivamo.invalid/components/schemas/DisbursementIntentState"},"disbursement":{"$ref":"https://spec.vivamo.invalid/components/schemas/Disbursement"}}};
const schema52 = {"$id":"https://spec.vivamo.invalid/components/schemas/DisbursementIntentState","type":"string","enum":["pending-validation","pending","success","failed","rejected"]};

function validate114(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/DisbursementIntentState" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate114.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate114.errors = [{instancePath,schemaPath:"#/components/schemas/DisbursementIntentState/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data === "pending-validation") || (data === "pending")) || (data === "success")) || (data === "failed")) || (data === "rejected"))){
validate114.errors = [{instancePath,schemaPath:"#/components/schemas/DisbursementIntentState/enum",keyword:"enum",params:{allowedValues: schema52.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate114.errors = vErrors;
return errors === 0;
}
validate114.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema53 = {"$id":"https://spec.vivamo.invalid/components/schemas/Disbursement","type":"object","required":["id","status","createdAt","type","messages"],"additionalProperties":false,"properties":{"id":{"type":"string"},"status":{"$ref":"https://spec.vivamo.invalid/components/schemas/DisbursementState"},"createdAt":{"type":"string","format":"date-time"},"type":{"$ref":"https://spec.vivamo.invalid/components/schemas/PaymentMethodType"},"messages":{"type":"array","items":{"$ref":"https://spec.vivamo.invalid/components/schemas/ProcessingMessage"}}}};
const schema54 = {"$id":"https://spec.vivamo.invalid/components/schemas/DisbursementState","type":"string","enum":["pending-validation","pending","success","failed","rejected","declined"]};

function validate117(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/DisbursementState" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate117.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate117.errors = [{instancePath,schemaPath:"#/components/schemas/DisbursementState/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((data === "pending-validation") || (data === "pending")) || (data === "success")) || (data === "failed")) || (data === "rejected")) || (data === "declined"))){
validate117.errors = [{instancePath,schemaPath:"#/components/schemas/DisbursementState/enum",keyword:"enum",params:{allowedValues: schema54.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate117.errors = vErrors;
return errors === 0;
}
validate117.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate116(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/Disbursement" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate116.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.id === undefined) && (missing0 = "id")) || ((data.status === undefined) && (missing0 = "status"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.type === undefined) && (missing0 = "type"))) || ((data.messages === undefined) && (missing0 = "messages"))){
validate116.errors = [{instancePath,schemaPath:"#/components/schemas/Disbursement/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "status")) || (key0 === "createdAt")) || (key0 === "type")) || (key0 === "messages"))){
validate116.errors = [{instancePath,schemaPath:"#/components/schemas/Disbursement/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
const _errs2 = errors;
if(typeof data.id !== "string"){
validate116.errors = [{instancePath:instancePath+"/id",schemaPath:"#/components/schemas/Disbursement/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
const _errs4 = errors;
if(!(validate117(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data2 = data.createdAt;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data2 === "string"){
if(!(formats2.test(data2))){
validate116.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/components/schemas/Disbursement/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate116.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/components/schemas/Disbursement/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs7 = errors;
if(!(validate101(data.type, {instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messages !== undefined){
let data4 = data.messages;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data4)){
var valid1 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
const _errs10 = errors;
if(!(validate103(data4[i0], {instancePath:instancePath+"/messages/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
errors = vErrors.length;
}
var valid1 = _errs10 === errors;
if(!valid1){
break;
}
}
}
else {
validate116.errors = [{instancePath:instancePath+"/messages",schemaPath:"#/components/schemas/Disbursement/properties/messages/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate116.errors = [{instancePath,schemaPath:"#/components/schemas/Disbursement/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate116.errors = vErrors;
return errors === 0;
}
validate116.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate113(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/DisbursementIntentStatus" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate113.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.status === undefined) && (missing0 = "status")) || ((data.disbursement === undefined) && (missing0 = "disbursement"))){
validate113.errors = [{instancePath,schemaPath:"#/components/schemas/DisbursementIntentStatus/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "status") || (key0 === "disbursement"))){
validate113.errors = [{instancePath,schemaPath:"#/components/schemas/DisbursementIntentStatus/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.status !== undefined){
const _errs2 = errors;
if(!(validate114(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.disbursement !== undefined){
const _errs3 = errors;
if(!(validate116(data.disbursement, {instancePath:instancePath+"/disbursement",parentData:data,parentDataProperty:"disbursement",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate113.errors = [{instancePath,schemaPath:"#/components/schemas/DisbursementIntentStatus/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate113.errors = vErrors;
return errors === 0;
}
validate113.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate112(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate112.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate113(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
errors = vErrors.length;
}
validate112.errors = vErrors;
return errors === 0;
}
validate112.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const listPendingDisbursements200 = validate123;
const schema55 = {"$ref":"https://spec.vivamo.invalid/components/schemas/PendingDisbursementList"};
const schema56 = {"$id":"https://spec.vivamo.invalid/components/schemas/PendingDisbursementList","type":"array","items":{"$ref":"https://spec.vivamo.invalid/components/schemas/PendingDisbursement"}};
const schema57 = {"$id":"https://spec.vivamo.invalid/components/schemas/PendingDisbursement","type":"object","required":["disbursementIntentId","externalCustomerId","externalDisbursementId","customerId","amount","currency","type","status","createdAt"],"additionalProperties":false,"properties":{"disbursementIntentId":{"type":"string"},"externalCustomerId":{"type":"string"},"externalDisbursementId":{"type":"string"},"customerId":{"$ref":"https://spec.vivamo.invalid/components/schemas/CustomerSummary"},"amount":{"$ref":"https://spec.vivamo.invalid/components/schemas/Amount"},"currency":{"$ref":"https://spec.vivamo.invalid/components/schemas/Currency"},"type":{"$ref":"https://spec.vivamo.invalid/components/schemas/PaymentMethodType"},"status":{"$ref":"https://spec.vivamo.invalid/components/schemas/PendingDisbursementStatus"},"createdAt":{"type":"string","format":"date-time"}}};
const schema58 = {"$id":"https://spec.vivamo.invalid/components/schemas/CustomerSummary","type":"object","required":["data"],"additionalProperties":false,"properties":{"data":{"type":"object","required":["email"],"additionalProperties":false,"properties":{"firstName":{"type":"string"},"lastName":{"type":"string"},"email":{"type":"string","format":"email"},"phone":{"type":"string"}}}}};

function validate126(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/CustomerSummary" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate126.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.data === undefined) && (missing0 = "data")){
validate126.errors = [{instancePath,schemaPath:"#/components/schemas/CustomerSummary/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "data")){
validate126.errors = [{instancePath,schemaPath:"#/components/schemas/CustomerSummary/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.data !== undefined){
let data0 = data.data;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.email === undefined) && (missing1 = "email")){
validate126.errors = [{instancePath:instancePath+"/data",schemaPath:"#/components/schemas/CustomerSummary/properties/data/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs4 = errors;
for(const key1 in data0){
if(!((((key1 === "firstName") || (key1 === "lastName")) || (key1 === "email")) || (key1 === "phone"))){
validate126.errors = [{instancePath:instancePath+"/data",schemaPath:"#/components/schemas/CustomerSummary/properties/data/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs4 === errors){
if(data0.firstName !== undefined){
const _errs5 = errors;
if(typeof data0.firstName !== "string"){
validate126.errors = [{instancePath:instancePath+"/data/firstName",schemaPath:"#/components/schemas/CustomerSummary/properties/data/properties/firstName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.lastName !== undefined){
const _errs7 = errors;
if(typeof data0.lastName !== "string"){
validate126.errors = [{instancePath:instancePath+"/data/lastName",schemaPath:"#/components/schemas/CustomerSummary/properties/data/properties/lastName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.email !== undefined){
let data3 = data0.email;
const _errs9 = errors;
if(errors === _errs9){
if(errors === _errs9){
if(typeof data3 === "string"){
if(!(formats0.test(data3))){
validate126.errors = [{instancePath:instancePath+"/data/email",schemaPath:"#/components/schemas/CustomerSummary/properties/data/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""}];
return false;
}
}
else {
validate126.errors = [{instancePath:instancePath+"/data/email",schemaPath:"#/components/schemas/CustomerSummary/properties/data/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.phone !== undefined){
const _errs11 = errors;
if(typeof data0.phone !== "string"){
validate126.errors = [{instancePath:instancePath+"/data/phone",schemaPath:"#/components/schemas/CustomerSummary/properties/data/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
else {
validate126.errors = [{instancePath:instancePath+"/data",schemaPath:"#/components/schemas/CustomerSummary/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
}
else {
validate126.errors = [{instancePath,schemaPath:"#/components/schemas/CustomerSummary/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate126.errors = vErrors;
return errors === 0;
}
validate126.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema59 = {"$id":"https://spec.vivamo.invalid/components/schemas/PendingDisbursementStatus","type":"object","required":["name","createdAt"],"additionalProperties":false,"properties":{"name":{"type":"string","enum":["pending-validation"]},"createdAt":{"type":"string","format":"date-time"}}};

function validate131(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/PendingDisbursementStatus" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate131.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.name === undefined) && (missing0 = "name")) || ((data.createdAt === undefined) && (missing0 = "createdAt"))){
validate131.errors = [{instancePath,schemaPath:"#/components/schemas/PendingDisbursementStatus/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "name") || (key0 === "createdAt"))){
validate131.errors = [{instancePath,schemaPath:"#/components/schemas/PendingDisbursementStatus/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate131.errors = [{instancePath:instancePath+"/name",schemaPath:"#/components/schemas/PendingDisbursementStatus/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(data0 === "pending-validation")){
validate131.errors = [{instancePath:instancePath+"/name",schemaPath:"#/components/schemas/PendingDisbursementStatus/properties/name/enum",keyword:"enum",params:{allowedValues: schema59.properties.name.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data1 = data.createdAt;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(formats2.test(data1))){
validate131.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/components/schemas/PendingDisbursementStatus/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate131.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/components/schemas/PendingDisbursementStatus/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate131.errors = [{instancePath,schemaPath:"#/components/schemas/PendingDisbursementStatus/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate131.errors = vErrors;
return errors === 0;
}
validate131.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate125(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/PendingDisbursement" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate125.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((data.disbursementIntentId === undefined) && (missing0 = "disbursementIntentId")) || ((data.externalCustomerId === undefined) && (missing0 = "externalCustomerId"))) || ((data.externalDisbursementId === undefined) && (missing0 = "externalDisbursementId"))) || ((data.customerId === undefined) && (missing0 = "customerId"))) || ((data.amount === undefined) && (missing0 = "amount"))) || ((data.currency === undefined) && (missing0 = "currency"))) || ((data.type === undefined) && (missing0 = "type"))) || ((data.status === undefined) && (missing0 = "status"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))){
validate125.errors = [{instancePath,schemaPath:"#/components/schemas/PendingDisbursement/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema57.properties, key0))){
validate125.errors = [{instancePath,schemaPath:"#/components/schemas/PendingDisbursement/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.disbursementIntentId !== undefined){
const _errs2 = errors;
if(typeof data.disbursementIntentId !== "string"){
validate125.errors = [{instancePath:instancePath+"/disbursementIntentId",schemaPath:"#/components/schemas/PendingDisbursement/properties/disbursementIntentId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalCustomerId !== undefined){
const _errs4 = errors;
if(typeof data.externalCustomerId !== "string"){
validate125.errors = [{instancePath:instancePath+"/externalCustomerId",schemaPath:"#/components/schemas/PendingDisbursement/properties/externalCustomerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalDisbursementId !== undefined){
const _errs6 = errors;
if(typeof data.externalDisbursementId !== "string"){
validate125.errors = [{instancePath:instancePath+"/externalDisbursementId",schemaPath:"#/components/schemas/PendingDisbursement/properties/externalDisbursementId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.customerId !== undefined){
const _errs8 = errors;
if(!(validate126(data.customerId, {instancePath:instancePath+"/customerId",parentData:data,parentDataProperty:"customerId",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.amount !== undefined){
const _errs9 = errors;
if(!(validate89(data.amount, {instancePath:instancePath+"/amount",parentData:data,parentDataProperty:"amount",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.currency !== undefined){
const _errs10 = errors;
if(!(validate91(data.currency, {instancePath:instancePath+"/currency",parentData:data,parentDataProperty:"currency",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
errors = vErrors.length;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs11 = errors;
if(!(validate101(data.type, {instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
const _errs12 = errors;
if(!(validate131(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate131.errors : vErrors.concat(validate131.errors);
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data8 = data.createdAt;
const _errs13 = errors;
if(errors === _errs13){
if(errors === _errs13){
if(typeof data8 === "string"){
if(!(formats2.test(data8))){
validate125.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/components/schemas/PendingDisbursement/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate125.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/components/schemas/PendingDisbursement/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate125.errors = [{instancePath,schemaPath:"#/components/schemas/PendingDisbursement/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate125.errors = vErrors;
return errors === 0;
}
validate125.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate124(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/PendingDisbursementList" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate124.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate125(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate125.errors : vErrors.concat(validate125.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate124.errors = [{instancePath,schemaPath:"#/components/schemas/PendingDisbursementList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate124.errors = vErrors;
return errors === 0;
}
validate124.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate123(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate123.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate124(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
errors = vErrors.length;
}
validate123.errors = vErrors;
return errors === 0;
}
validate123.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

export const proceedWithDisbursement200 = validate135;
const schema60 = {"$ref":"https://spec.vivamo.invalid/components/schemas/DisbursementDecisionResult"};
const schema61 = {"$id":"https://spec.vivamo.invalid/components/schemas/DisbursementDecisionResult","type":"object","required":["disbursementId","amount","externalCustomerId","externalDisbursementId","currency","status"],"additionalProperties":false,"properties":{"disbursementId":{"type":"string"},"amount":{"$ref":"https://spec.vivamo.invalid/components/schemas/Amount"},"externalCustomerId":{"type":"string"},"externalDisbursementId":{"type":"string"},"currency":{"$ref":"https://spec.vivamo.invalid/components/schemas/Currency"},"status":{"type":"string","enum":["pending","rejected"]}}};

function validate136(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/DisbursementDecisionResult" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate136.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.disbursementId === undefined) && (missing0 = "disbursementId")) || ((data.amount === undefined) && (missing0 = "amount"))) || ((data.externalCustomerId === undefined) && (missing0 = "externalCustomerId"))) || ((data.externalDisbursementId === undefined) && (missing0 = "externalDisbursementId"))) || ((data.currency === undefined) && (missing0 = "currency"))) || ((data.status === undefined) && (missing0 = "status"))){
validate136.errors = [{instancePath,schemaPath:"#/components/schemas/DisbursementDecisionResult/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "disbursementId") || (key0 === "amount")) || (key0 === "externalCustomerId")) || (key0 === "externalDisbursementId")) || (key0 === "currency")) || (key0 === "status"))){
validate136.errors = [{instancePath,schemaPath:"#/components/schemas/DisbursementDecisionResult/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.disbursementId !== undefined){
const _errs2 = errors;
if(typeof data.disbursementId !== "string"){
validate136.errors = [{instancePath:instancePath+"/disbursementId",schemaPath:"#/components/schemas/DisbursementDecisionResult/properties/disbursementId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.amount !== undefined){
const _errs4 = errors;
if(!(validate89(data.amount, {instancePath:instancePath+"/amount",parentData:data,parentDataProperty:"amount",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalCustomerId !== undefined){
const _errs5 = errors;
if(typeof data.externalCustomerId !== "string"){
validate136.errors = [{instancePath:instancePath+"/externalCustomerId",schemaPath:"#/components/schemas/DisbursementDecisionResult/properties/externalCustomerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalDisbursementId !== undefined){
const _errs7 = errors;
if(typeof data.externalDisbursementId !== "string"){
validate136.errors = [{instancePath:instancePath+"/externalDisbursementId",schemaPath:"#/components/schemas/DisbursementDecisionResult/properties/externalDisbursementId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.currency !== undefined){
const _errs9 = errors;
if(!(validate91(data.currency, {instancePath:instancePath+"/currency",parentData:data,parentDataProperty:"currency",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data5 = data.status;
const _errs10 = errors;
if(typeof data5 !== "string"){
validate136.errors = [{instancePath:instancePath+"/status",schemaPath:"#/components/schemas/DisbursementDecisionResult/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data5 === "pending") || (data5 === "rejected"))){
validate136.errors = [{instancePath:instancePath+"/status",schemaPath:"#/components/schemas/DisbursementDecisionResult/properties/status/enum",keyword:"enum",params:{allowedValues: schema61.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate136.errors = [{instancePath,schemaPath:"#/components/schemas/DisbursementDecisionResult/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate136.errors = vErrors;
return errors === 0;
}
validate136.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate135(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate135.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate136(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate136.errors : vErrors.concat(validate136.errors);
errors = vErrors.length;
}
validate135.errors = vErrors;
return errors === 0;
}
validate135.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const registerWebhook200 = validate140;
const schema62 = {"$ref":"https://spec.vivamo.invalid/components/schemas/RegisteredWebhook"};
const schema63 = {"$id":"https://spec.vivamo.invalid/components/schemas/RegisteredWebhook","type":"object","required":["_id","url","status","secretKey","headers"],"additionalProperties":false,"properties":{"_id":{"type":"string"},"url":{"type":"string","format":"uri"},"status":{"$ref":"https://spec.vivamo.invalid/components/schemas/WebhookStatus"},"secretKey":{"type":"string"},"headers":{"$ref":"https://spec.vivamo.invalid/components/schemas/WebhookHeaders"}}};
const schema64 = {"$id":"https://spec.vivamo.invalid/components/schemas/WebhookStatus","type":"string","enum":["active","inactive"]};

function validate142(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/WebhookStatus" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate142.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate142.errors = [{instancePath,schemaPath:"#/components/schemas/WebhookStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data === "active") || (data === "inactive"))){
validate142.errors = [{instancePath,schemaPath:"#/components/schemas/WebhookStatus/enum",keyword:"enum",params:{allowedValues: schema64.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate142.errors = vErrors;
return errors === 0;
}
validate142.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema65 = {"$id":"https://spec.vivamo.invalid/components/schemas/WebhookHeaders","type":"object","additionalProperties":{"type":"string"}};

function validate144(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/WebhookHeaders" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate144.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs2 = errors;
if(typeof data[key0] !== "string"){
validate144.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/WebhookHeaders/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
if(!valid0){
break;
}
}
}
else {
validate144.errors = [{instancePath,schemaPath:"#/components/schemas/WebhookHeaders/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate144.errors = vErrors;
return errors === 0;
}
validate144.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate141(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/RegisteredWebhook" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate141.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data._id === undefined) && (missing0 = "_id")) || ((data.url === undefined) && (missing0 = "url"))) || ((data.status === undefined) && (missing0 = "status"))) || ((data.secretKey === undefined) && (missing0 = "secretKey"))) || ((data.headers === undefined) && (missing0 = "headers"))){
validate141.errors = [{instancePath,schemaPath:"#/components/schemas/RegisteredWebhook/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "_id") || (key0 === "url")) || (key0 === "status")) || (key0 === "secretKey")) || (key0 === "headers"))){
validate141.errors = [{instancePath,schemaPath:"#/components/schemas/RegisteredWebhook/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data._id !== undefined){
const _errs2 = errors;
if(typeof data._id !== "string"){
validate141.errors = [{instancePath:instancePath+"/_id",schemaPath:"#/components/schemas/RegisteredWebhook/properties/_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.url !== undefined){
let data1 = data.url;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(formats8.test(data1))){
validate141.errors = [{instancePath:instancePath+"/url",schemaPath:"#/components/schemas/RegisteredWebhook/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate141.errors = [{instancePath:instancePath+"/url",schemaPath:"#/components/schemas/RegisteredWebhook/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
const _errs6 = errors;
if(!(validate142(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate142.errors : vErrors.concat(validate142.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.secretKey !== undefined){
const _errs7 = errors;
if(typeof data.secretKey !== "string"){
validate141.errors = [{instancePath:instancePath+"/secretKey",schemaPath:"#/components/schemas/RegisteredWebhook/properties/secretKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.headers !== undefined){
const _errs9 = errors;
if(!(validate144(data.headers, {instancePath:instancePath+"/headers",parentData:data,parentDataProperty:"headers",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate144.errors : vErrors.concat(validate144.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate141.errors = [{instancePath,schemaPath:"#/components/schemas/RegisteredWebhook/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate141.errors = vErrors;
return errors === 0;
}
validate141.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate140(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate140.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate141(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate141.errors : vErrors.concat(validate141.errors);
errors = vErrors.length;
}
validate140.errors = vErrors;
return errors === 0;
}
validate140.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const updateWebhook200 = validate147;
const schema66 = {"$ref":"https://spec.vivamo.invalid/components/schemas/Webhook"};
const schema67 = {"$id":"https://spec.vivamo.invalid/components/schemas/Webhook","type":"object","required":["_id","url","status","eventTypes","headers"],"additionalProperties":false,"properties":{"_id":{"type":"string"},"url":{"type":"string","format":"uri"},"status":{"$ref":"https://spec.vivamo.invalid/components/schemas/WebhookStatus"},"eventTypes":{"type":"array","maxItems":4,"uniqueItems":true,"items":{"$ref":"https://spec.vivamo.invalid/components/schemas/WebhookEventType"}},"headers":{"$ref":"https://spec.vivamo.invalid/components/schemas/WebhookHeaders"}}};
const schema68 = {"$id":"https://spec.vivamo.invalid/components/schemas/WebhookEventType","type":"string","enum":["transaction","kyc_verification","customer_w9_required","customer_w9_completed"]};

function validate150(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/WebhookEventType" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate150.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate150.errors = [{instancePath,schemaPath:"#/components/schemas/WebhookEventType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data === "transaction") || (data === "kyc_verification")) || (data === "customer_w9_required")) || (data === "customer_w9_completed"))){
validate150.errors = [{instancePath,schemaPath:"#/components/schemas/WebhookEventType/enum",keyword:"enum",params:{allowedValues: schema68.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate150.errors = vErrors;
return errors === 0;
}
validate150.evaluated = {"dynamicProps":false,"dynamicItems":false};

const func0 = runtime_equal_default;

function validate148(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/Webhook" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate148.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data._id === undefined) && (missing0 = "_id")) || ((data.url === undefined) && (missing0 = "url"))) || ((data.status === undefined) && (missing0 = "status"))) || ((data.eventTypes === undefined) && (missing0 = "eventTypes"))) || ((data.headers === undefined) && (missing0 = "headers"))){
validate148.errors = [{instancePath,schemaPath:"#/components/schemas/Webhook/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "_id") || (key0 === "url")) || (key0 === "status")) || (key0 === "eventTypes")) || (key0 === "headers"))){
validate148.errors = [{instancePath,schemaPath:"#/components/schemas/Webhook/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data._id !== undefined){
const _errs2 = errors;
if(typeof data._id !== "string"){
validate148.errors = [{instancePath:instancePath+"/_id",schemaPath:"#/components/schemas/Webhook/properties/_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.url !== undefined){
let data1 = data.url;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(formats8.test(data1))){
validate148.errors = [{instancePath:instancePath+"/url",schemaPath:"#/components/schemas/Webhook/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate148.errors = [{instancePath:instancePath+"/url",schemaPath:"#/components/schemas/Webhook/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
const _errs6 = errors;
if(!(validate142(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate142.errors : vErrors.concat(validate142.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.eventTypes !== undefined){
let data3 = data.eventTypes;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data3)){
if(data3.length > 4){
validate148.errors = [{instancePath:instancePath+"/eventTypes",schemaPath:"#/components/schemas/Webhook/properties/eventTypes/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
const _errs9 = errors;
if(!(validate150(data3[i0], {instancePath:instancePath+"/eventTypes/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate150.errors : vErrors.concat(validate150.errors);
errors = vErrors.length;
}
var valid1 = _errs9 === errors;
if(!valid1){
break;
}
}
if(valid1){
let i1 = data3.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data3[i1], data3[j0])){
validate148.errors = [{instancePath:instancePath+"/eventTypes",schemaPath:"#/components/schemas/Webhook/properties/eventTypes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
else {
validate148.errors = [{instancePath:instancePath+"/eventTypes",schemaPath:"#/components/schemas/Webhook/properties/eventTypes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.headers !== undefined){
const _errs10 = errors;
if(!(validate144(data.headers, {instancePath:instancePath+"/headers",parentData:data,parentDataProperty:"headers",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate144.errors : vErrors.concat(validate144.errors);
errors = vErrors.length;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate148.errors = [{instancePath,schemaPath:"#/components/schemas/Webhook/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate148.errors = vErrors;
return errors === 0;
}
validate148.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate147(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate147.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate148(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate148.errors : vErrors.concat(validate148.errors);
errors = vErrors.length;
}
validate147.errors = vErrors;
return errors === 0;
}
validate147.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const checkGeolocation200 = validate154;
const schema69 = {"$ref":"https://spec.vivamo.invalid/components/schemas/GeolocationCheckResult"};
const schema70 = {"$id":"https://spec.vivamo.invalid/components/schemas/GeolocationCheckResult","type":"object","required":["allowed"],"additionalProperties":false,"properties":{"allowed":{"type":"boolean"},"country":{"type":["string","null"]},"countryCode":{"type":["string","null"]},"state":{"type":["string","null"]},"stateCode":{"type":["string","null"]}}};

function validate155(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://spec.vivamo.invalid/components/schemas/GeolocationCheckResult" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate155.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.allowed === undefined) && (missing0 = "allowed")){
validate155.errors = [{instancePath,schemaPath:"#/components/schemas/GeolocationCheckResult/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "allowed") || (key0 === "country")) || (key0 === "countryCode")) || (key0 === "state")) || (key0 === "stateCode"))){
validate155.errors = [{instancePath,schemaPath:"#/components/schemas/GeolocationCheckResult/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.allowed !== undefined){
const _errs2 = errors;
if(typeof data.allowed !== "boolean"){
validate155.errors = [{instancePath:instancePath+"/allowed",schemaPath:"#/components/schemas/GeolocationCheckResult/properties/allowed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.country !== undefined){
let data1 = data.country;
const _errs4 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate155.errors = [{instancePath:instancePath+"/country",schemaPath:"#/components/schemas/GeolocationCheckResult/properties/country/type",keyword:"type",params:{type: schema70.properties.country.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.countryCode !== undefined){
let data2 = data.countryCode;
const _errs6 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate155.errors = [{instancePath:instancePath+"/countryCode",schemaPath:"#/components/schemas/GeolocationCheckResult/properties/countryCode/type",keyword:"type",params:{type: schema70.properties.countryCode.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
let data3 = data.state;
const _errs8 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate155.errors = [{instancePath:instancePath+"/state",schemaPath:"#/components/schemas/GeolocationCheckResult/properties/state/type",keyword:"type",params:{type: schema70.properties.state.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stateCode !== undefined){
let data4 = data.stateCode;
const _errs10 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate155.errors = [{instancePath:instancePath+"/stateCode",schemaPath:"#/components/schemas/GeolocationCheckResult/properties/stateCode/type",keyword:"type",params:{type: schema70.properties.stateCode.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate155.errors = [{instancePath,schemaPath:"#/components/schemas/GeolocationCheckResult/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate155.errors = vErrors;
return errors === 0;
}
validate155.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate154(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate154.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate155(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate155.errors : vErrors.concat(validate155.errors);
errors = vErrors.length;
}
validate154.errors = vErrors;
return errors === 0;
}
validate154.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


/** Per operationId: where its responses are in the spec, and a validator per 2xx status. */
export const responseValidators = {
  listCustomers: {
    responses: "#/paths/~1customers/get/responses",
    statuses: {
      "200": listCustomers200,
    },
  },
  createCustomer: {
    responses: "#/paths/~1customers/post/responses",
    statuses: {
      "200": createCustomer200,
    },
  },
  getCustomer: {
    responses: "#/paths/~1customers~1{externalCustomerId}/get/responses",
    statuses: {
      "200": getCustomer200,
    },
  },
  listCustomersForKycReview: {
    responses: "#/paths/~1customers~1kyc-for-review/get/responses",
    statuses: {
      "200": listCustomersForKycReview200,
    },
  },
  getCustomerKycInfo: {
    responses: "#/paths/~1customers~1{externalCustomerId}~1kyc-info/get/responses",
    statuses: {
      "200": getCustomerKycInfo200,
    },
  },
  verifyCustomerKyc: {
    responses: "#/paths/~1customers~1{externalCustomerId}~1kyc-verify~1{type}/post/responses",
    statuses: {
      "200": verifyCustomerKyc200,
    },
  },
  createPaymentIntent: {
    responses: "#/paths/~1payment-intents/post/responses",
    statuses: {
      "200": createPaymentIntent200,
    },
  },
  getPaymentIntentStatus: {
    responses: "#/paths/~1payment-intents~1{paymentIntentId}~1status/get/responses",
    statuses: {
      "200": getPaymentIntentStatus200,
    },
  },
  createDisbursementIntent: {
    responses: "#/paths/~1disbursement-intents/post/responses",
    statuses: {
      "200": createDisbursementIntent200,
    },
  },
  getDisbursementIntentStatus: {
    responses: "#/paths/~1disbursement-intents~1{disbursementIntentId}~1status/get/responses",
    statuses: {
      "200": getDisbursementIntentStatus200,
    },
  },
  listPendingDisbursements: {
    responses: "#/paths/~1disbursements~1pending-validation/get/responses",
    statuses: {
      "200": listPendingDisbursements200,
    },
  },
  proceedWithDisbursement: {
    responses: "#/paths/~1disbursements~1{disbursementIntentId}~1proceed~1{allow}/post/responses",
    statuses: {
      "200": proceedWithDisbursement200,
    },
  },
  registerWebhook: {
    responses: "#/paths/~1operators~1webhooks/post/responses",
    statuses: {
      "200": registerWebhook200,
    },
  },
  updateWebhook: {
    responses: "#/paths/~1operators~1webhooks~1{webhookId}/patch/responses",
    statuses: {
      "200": updateWebhook200,
    },
  },
  checkGeolocation: {
    responses: "#/paths/~1operators~1check-geolocation/post/responses",
    statuses: {
      "200": checkGeolocation200,
    },
  },
};
