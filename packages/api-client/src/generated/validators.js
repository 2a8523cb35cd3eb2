// Generated from the Vivamo OpenAPI spec by packages/api-client/scripts/generate-validators.mjs.
// Do not edit: change the spec and run `pnpm generate`.
/* eslint-disable */
"use strict";
export const listCustomers200 = validate20;
const schema31 = {"type":"object","required":["customers","total","page","limit","totalPages"],"additionalProperties":false,"properties":{"customers":{"type":"array","items":{"type":"object","required":["externalCustomerId","data","kycVerifications","createdAt"],"additionalProperties":false,"properties":{"externalCustomerId":{"type":"string"},"data":{"type":"object","required":["email"],"additionalProperties":false,"properties":{"email":{"type":"string","format":"email"},"phone":{"type":"string"},"firstName":{"type":"string"},"lastName":{"type":"string"},"street":{"type":"string"},"street2":{"type":"string"},"state":{"type":"string","pattern":"^[A-Z]{2}$"},"city":{"type":"string"},"zip":{"type":"string"},"country":{"type":"string","pattern":"^[A-Z]{2}$"}}},"kycVerifications":{"type":"array","items":{"type":"object","required":["type","status","createdAt"],"additionalProperties":false,"properties":{"type":{"type":"string","enum":["proof_of_id"]},"status":{"type":"string","enum":["pending","verified","under_review","rejected","expired","verified_manually","rejected_manually"]},"createdAt":{"type":"string","format":"date-time"}}}},"createdAt":{"type":"string","format":"date-time"}}}},"total":{"type":"integer","minimum":0},"page":{"type":"integer","minimum":1},"limit":{"type":"integer","minimum":1},"totalPages":{"type":"integer","minimum":0}}};
const func1 = Object.prototype.hasOwnProperty;
const formats0 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const formats2 = /^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i;
const pattern4 = new RegExp("^[A-Z]{2}$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
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
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "customers") || (key0 === "total")) || (key0 === "page")) || (key0 === "limit")) || (key0 === "totalPages"))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
let data1 = data0[i0];
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if(((((data1.externalCustomerId === undefined) && (missing1 = "externalCustomerId")) || ((data1.data === undefined) && (missing1 = "data"))) || ((data1.kycVerifications === undefined) && (missing1 = "kycVerifications"))) || ((data1.createdAt === undefined) && (missing1 = "createdAt"))){
validate20.errors = [{instancePath:instancePath+"/customers/" + i0,schemaPath:"#/properties/customers/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs6 = errors;
for(const key1 in data1){
if(!((((key1 === "externalCustomerId") || (key1 === "data")) || (key1 === "kycVerifications")) || (key1 === "createdAt"))){
validate20.errors = [{instancePath:instancePath+"/customers/" + i0,schemaPath:"#/properties/customers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs6 === errors){
if(data1.externalCustomerId !== undefined){
const _errs7 = errors;
if(typeof data1.externalCustomerId !== "string"){
validate20.errors = [{instancePath:instancePath+"/customers/" + i0+"/externalCustomerId",schemaPath:"#/properties/customers/items/properties/externalCustomerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.data !== undefined){
let data3 = data1.data;
const _errs9 = errors;
if(errors === _errs9){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing2;
if((data3.email === undefined) && (missing2 = "email")){
validate20.errors = [{instancePath:instancePath+"/customers/" + i0+"/data",schemaPath:"#/properties/customers/items/properties/data/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs11 = errors;
for(const key2 in data3){
if(!(func1.call(schema31.properties.customers.items.properties.data.properties, key2))){
validate20.errors = [{instancePath:instancePath+"/customers/" + i0+"/data",schemaPath:"#/properties/customers/items/properties/data/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs11 === errors){
if(data3.email !== undefined){
let data4 = data3.email;
const _errs12 = errors;
if(errors === _errs12){
if(errors === _errs12){
if(typeof data4 === "string"){
if(!(formats0.test(data4))){
validate20.errors = [{instancePath:instancePath+"/customers/" + i0+"/data/email",schemaPath:"#/properties/customers/items/properties/data/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/customers/" + i0+"/data/email",schemaPath:"#/properties/customers/items/properties/data/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.phone !== undefined){
const _errs14 = errors;
if(typeof data3.phone !== "string"){
validate20.errors = [{instancePath:instancePath+"/customers/" + i0+"/data/phone",schemaPath:"#/properties/customers/items/properties/data/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.firstName !== undefined){
const _errs16 = errors;
if(typeof data3.firstName !== "string"){
validate20.errors = [{instancePath:instancePath+"/customers/" + i0+"/data/firstName",schemaPath:"#/properties/customers/items/properties/data/properties/firstName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.lastName !== undefined){
const _errs18 = errors;
if(typeof data3.lastName !== "string"){
validate20.errors = [{instancePath:instancePath+"/customers/" + i0+"/data/lastName",schemaPath:"#/properties/customers/items/properties/data/properties/lastName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.street !== undefined){
const _errs20 = errors;
if(typeof data3.street !== "string"){
validate20.errors = [{instancePath:instancePath+"/customers/" + i0+"/data/street",schemaPath:"#/properties/customers/items/properties/data/properties/street/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.street2 !== undefined){
const _errs22 = errors;
if(typeof data3.street2 !== "string"){
validate20.errors = [{instancePath:instancePath+"/customers/" + i0+"/data/street2",schemaPath:"#/properties/customers/items/properties/data/properties/street2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.state !== undefined){
let data10 = data3.state;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data10 === "string"){
if(!pattern4.test(data10)){
validate20.errors = [{instancePath:instancePath+"/customers/" + i0+"/data/state",schemaPath:"#/properties/customers/items/properties/data/properties/state/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/customers/" + i0+"/data/state",schemaPath:"#/properties/customers/items/properties/data/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs24 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.city !== undefined){
const _errs26 = errors;
if(typeof data3.city !== "string"){
validate20.errors = [{instancePath:instancePath+"/customers/" + i0+"/data/city",schemaPath:"#/properties/customers/items/properties/data/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs26 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.zip !== undefined){
const _errs28 = errors;
if(typeof data3.zip !== "string"){
validate20.errors = [{instancePath:instancePath+"/customers/" + i0+"/data/zip",schemaPath:"#/properties/customers/items/properties/data/properties/zip/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs28 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.country !== undefined){
let data13 = data3.country;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data13 === "string"){
if(!pattern4.test(data13)){
validate20.errors = [{instancePath:instancePath+"/customers/" + i0+"/data/country",schemaPath:"#/properties/customers/items/properties/data/properties/country/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/customers/" + i0+"/data/country",schemaPath:"#/properties/customers/items/properties/data/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs30 === errors;
}
else {
var valid3 = true;
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
validate20.errors = [{instancePath:instancePath+"/customers/" + i0+"/data",schemaPath:"#/properties/customers/items/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.kycVerifications !== undefined){
let data14 = data1.kycVerifications;
const _errs32 = errors;
if(errors === _errs32){
if(Array.isArray(data14)){
var valid4 = true;
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
let data15 = data14[i1];
const _errs34 = errors;
if(errors === _errs34){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
let missing3;
if((((data15.type === undefined) && (missing3 = "type")) || ((data15.status === undefined) && (missing3 = "status"))) || ((data15.createdAt === undefined) && (missing3 = "createdAt"))){
validate20.errors = [{instancePath:instancePath+"/customers/" + i0+"/kycVerifications/" + i1,schemaPath:"#/properties/customers/items/properties/kycVerifications/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs36 = errors;
for(const key3 in data15){
if(!(((key3 === "type") || (key3 === "status")) || (key3 === "createdAt"))){
validate20.errors = [{instancePath:instancePath+"/customers/" + i0+"/kycVerifications/" + i1,schemaPath:"#/properties/customers/items/properties/kycVerifications/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs36 === errors){
if(data15.type !== undefined){
let data16 = data15.type;
const _errs37 = errors;
if(typeof data16 !== "string"){
validate20.errors = [{instancePath:instancePath+"/customers/" + i0+"/kycVerifications/" + i1+"/type",schemaPath:"#/properties/customers/items/properties/kycVerifications/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(data16 === "proof_of_id")){
validate20.errors = [{instancePath:instancePath+"/customers/" + i0+"/kycVerifications/" + i1+"/type",schemaPath:"#/properties/customers/items/properties/kycVerifications/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema31.properties.customers.items.properties.kycVerifications.items.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid5 = _errs37 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data15.status !== undefined){
let data17 = data15.status;
const _errs39 = errors;
if(typeof data17 !== "string"){
validate20.errors = [{instancePath:instancePath+"/customers/" + i0+"/kycVerifications/" + i1+"/status",schemaPath:"#/properties/customers/items/properties/kycVerifications/items/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((data17 === "pending") || (data17 === "verified")) || (data17 === "under_review")) || (data17 === "rejected")) || (data17 === "expired")) || (data17 === "verified_manually")) || (data17 === "rejected_manually"))){
validate20.errors = [{instancePath:instancePath+"/customers/" + i0+"/kycVerifications/" + i1+"/status",schemaPath:"#/properties/customers/items/properties/kycVerifications/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema31.properties.customers.items.properties.kycVerifications.items.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid5 = _errs39 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data15.createdAt !== undefined){
let data18 = data15.createdAt;
const _errs41 = errors;
if(errors === _errs41){
if(errors === _errs41){
if(typeof data18 === "string"){
if(!(formats2.test(data18))){
validate20.errors = [{instancePath:instancePath+"/customers/" + i0+"/kycVerifications/" + i1+"/createdAt",schemaPath:"#/properties/customers/items/properties/kycVerifications/items/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/customers/" + i0+"/kycVerifications/" + i1+"/createdAt",schemaPath:"#/properties/customers/items/properties/kycVerifications/items/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid5 = _errs41 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/customers/" + i0+"/kycVerifications/" + i1,schemaPath:"#/properties/customers/items/properties/kycVerifications/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs34 === errors;
if(!valid4){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/customers/" + i0+"/kycVerifications",schemaPath:"#/properties/customers/items/properties/kycVerifications/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs32 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.createdAt !== undefined){
let data19 = data1.createdAt;
const _errs43 = errors;
if(errors === _errs43){
if(errors === _errs43){
if(typeof data19 === "string"){
if(!(formats2.test(data19))){
validate20.errors = [{instancePath:instancePath+"/customers/" + i0+"/createdAt",schemaPath:"#/properties/customers/items/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/customers/" + i0+"/createdAt",schemaPath:"#/properties/customers/items/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs43 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/customers/" + i0,schemaPath:"#/properties/customers/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/customers",schemaPath:"#/properties/customers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
let data20 = data.total;
const _errs45 = errors;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
validate20.errors = [{instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs45){
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
validate20.errors = [{instancePath:instancePath+"/total",schemaPath:"#/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs45 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.page !== undefined){
let data21 = data.page;
const _errs47 = errors;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
validate20.errors = [{instancePath:instancePath+"/page",schemaPath:"#/properties/page/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs47){
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 1 || isNaN(data21)){
validate20.errors = [{instancePath:instancePath+"/page",schemaPath:"#/properties/page/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs47 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.limit !== undefined){
let data22 = data.limit;
const _errs49 = errors;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
validate20.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs49){
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 1 || isNaN(data22)){
validate20.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs49 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.totalPages !== undefined){
let data23 = data.totalPages;
const _errs51 = errors;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
validate20.errors = [{instancePath:instancePath+"/totalPages",schemaPath:"#/properties/totalPages/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs51){
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 0 || isNaN(data23)){
validate20.errors = [{instancePath:instancePath+"/totalPages",schemaPath:"#/properties/totalPages/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs51 === errors;
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
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const createCustomer200 = validate21;
const schema32 = {"type":"object","required":["externalCustomerId","data"],"additionalProperties":false,"properties":{"externalCustomerId":{"type":"string"},"data":{"type":"object","required":["email"],"additionalProperties":false,"properties":{"email":{"type":"string","format":"email"},"phone":{"type":"string"},"firstName":{"type":"string"},"lastName":{"type":"string"},"street":{"type":"string"},"street2":{"type":"string"},"state":{"type":"string","pattern":"^[A-Z]{2}$"},"city":{"type":"string"},"zip":{"type":"string"},"country":{"type":"string","pattern":"^[A-Z]{2}$"}}}}};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
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
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "externalCustomerId") || (key0 === "data"))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.externalCustomerId !== undefined){
const _errs2 = errors;
if(typeof data.externalCustomerId !== "string"){
validate21.errors = [{instancePath:instancePath+"/externalCustomerId",schemaPath:"#/properties/externalCustomerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data1 = data.data;
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.email === undefined) && (missing1 = "email")){
validate21.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs6 = errors;
for(const key1 in data1){
if(!(func1.call(schema32.properties.data.properties, key1))){
validate21.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs6 === errors){
if(data1.email !== undefined){
let data2 = data1.email;
const _errs7 = errors;
if(errors === _errs7){
if(errors === _errs7){
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
validate21.errors = [{instancePath:instancePath+"/data/email",schemaPath:"#/properties/data/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/data/email",schemaPath:"#/properties/data/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.phone !== undefined){
const _errs9 = errors;
if(typeof data1.phone !== "string"){
validate21.errors = [{instancePath:instancePath+"/data/phone",schemaPath:"#/properties/data/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.firstName !== undefined){
const _errs11 = errors;
if(typeof data1.firstName !== "string"){
validate21.errors = [{instancePath:instancePath+"/data/firstName",schemaPath:"#/properties/data/properties/firstName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.lastName !== undefined){
const _errs13 = errors;
if(typeof data1.lastName !== "string"){
validate21.errors = [{instancePath:instancePath+"/data/lastName",schemaPath:"#/properties/data/properties/lastName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.street !== undefined){
const _errs15 = errors;
if(typeof data1.street !== "string"){
validate21.errors = [{instancePath:instancePath+"/data/street",schemaPath:"#/properties/data/properties/street/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.street2 !== undefined){
const _errs17 = errors;
if(typeof data1.street2 !== "string"){
validate21.errors = [{instancePath:instancePath+"/data/street2",schemaPath:"#/properties/data/properties/street2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs17 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.state !== undefined){
let data8 = data1.state;
const _errs19 = errors;
if(errors === _errs19){
if(typeof data8 === "string"){
if(!pattern4.test(data8)){
validate21.errors = [{instancePath:instancePath+"/data/state",schemaPath:"#/properties/data/properties/state/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/data/state",schemaPath:"#/properties/data/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs19 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.city !== undefined){
const _errs21 = errors;
if(typeof data1.city !== "string"){
validate21.errors = [{instancePath:instancePath+"/data/city",schemaPath:"#/properties/data/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs21 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.zip !== undefined){
const _errs23 = errors;
if(typeof data1.zip !== "string"){
validate21.errors = [{instancePath:instancePath+"/data/zip",schemaPath:"#/properties/data/properties/zip/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs23 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.country !== undefined){
let data11 = data1.country;
const _errs25 = errors;
if(errors === _errs25){
if(typeof data11 === "string"){
if(!pattern4.test(data11)){
validate21.errors = [{instancePath:instancePath+"/data/country",schemaPath:"#/properties/data/properties/country/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/data/country",schemaPath:"#/properties/data/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs25 === errors;
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
}
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
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
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const getCustomer200 = validate22;
const schema33 = {"type":"object","required":["externalCustomerId","data","kycVerifications","createdAt"],"additionalProperties":false,"properties":{"externalCustomerId":{"type":"string"},"data":{"type":"object","required":["email"],"additionalProperties":false,"properties":{"email":{"type":"string","format":"email"},"phone":{"type":"string"},"firstName":{"type":"string"},"lastName":{"type":"string"},"street":{"type":"string"},"street2":{"type":"string"},"state":{"type":"string","pattern":"^[A-Z]{2}$"},"city":{"type":"string"},"zip":{"type":"string"},"country":{"type":"string","pattern":"^[A-Z]{2}$"}}},"kycVerifications":{"type":"array","items":{"type":"object","required":["type","status","createdAt"],"additionalProperties":false,"properties":{"type":{"type":"string","enum":["proof_of_id"]},"status":{"type":"string","enum":["pending","verified","under_review","rejected","expired","verified_manually","rejected_manually"]},"createdAt":{"type":"string","format":"date-time"}}}},"createdAt":{"type":"string","format":"date-time"}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
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
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "externalCustomerId") || (key0 === "data")) || (key0 === "kycVerifications")) || (key0 === "createdAt"))){
validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.externalCustomerId !== undefined){
const _errs2 = errors;
if(typeof data.externalCustomerId !== "string"){
validate22.errors = [{instancePath:instancePath+"/externalCustomerId",schemaPath:"#/properties/externalCustomerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data1 = data.data;
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.email === undefined) && (missing1 = "email")){
validate22.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs6 = errors;
for(const key1 in data1){
if(!(func1.call(schema33.properties.data.properties, key1))){
validate22.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs6 === errors){
if(data1.email !== undefined){
let data2 = data1.email;
const _errs7 = errors;
if(errors === _errs7){
if(errors === _errs7){
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
validate22.errors = [{instancePath:instancePath+"/data/email",schemaPath:"#/properties/data/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/data/email",schemaPath:"#/properties/data/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.phone !== undefined){
const _errs9 = errors;
if(typeof data1.phone !== "string"){
validate22.errors = [{instancePath:instancePath+"/data/phone",schemaPath:"#/properties/data/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.firstName !== undefined){
const _errs11 = errors;
if(typeof data1.firstName !== "string"){
validate22.errors = [{instancePath:instancePath+"/data/firstName",schemaPath:"#/properties/data/properties/firstName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.lastName !== undefined){
const _errs13 = errors;
if(typeof data1.lastName !== "string"){
validate22.errors = [{instancePath:instancePath+"/data/lastName",schemaPath:"#/properties/data/properties/lastName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.street !== undefined){
const _errs15 = errors;
if(typeof data1.street !== "string"){
validate22.errors = [{instancePath:instancePath+"/data/street",schemaPath:"#/properties/data/properties/street/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.street2 !== undefined){
const _errs17 = errors;
if(typeof data1.street2 !== "string"){
validate22.errors = [{instancePath:instancePath+"/data/street2",schemaPath:"#/properties/data/properties/street2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs17 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.state !== undefined){
let data8 = data1.state;
const _errs19 = errors;
if(errors === _errs19){
if(typeof data8 === "string"){
if(!pattern4.test(data8)){
validate22.errors = [{instancePath:instancePath+"/data/state",schemaPath:"#/properties/data/properties/state/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/data/state",schemaPath:"#/properties/data/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs19 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.city !== undefined){
const _errs21 = errors;
if(typeof data1.city !== "string"){
validate22.errors = [{instancePath:instancePath+"/data/city",schemaPath:"#/properties/data/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs21 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.zip !== undefined){
const _errs23 = errors;
if(typeof data1.zip !== "string"){
validate22.errors = [{instancePath:instancePath+"/data/zip",schemaPath:"#/properties/data/properties/zip/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs23 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.country !== undefined){
let data11 = data1.country;
const _errs25 = errors;
if(errors === _errs25){
if(typeof data11 === "string"){
if(!pattern4.test(data11)){
validate22.errors = [{instancePath:instancePath+"/data/country",schemaPath:"#/properties/data/properties/country/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/data/country",schemaPath:"#/properties/data/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs25 === errors;
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
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kycVerifications !== undefined){
let data12 = data.kycVerifications;
const _errs27 = errors;
if(errors === _errs27){
if(Array.isArray(data12)){
var valid2 = true;
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
let data13 = data12[i0];
const _errs29 = errors;
if(errors === _errs29){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing2;
if((((data13.type === undefined) && (missing2 = "type")) || ((data13.status === undefined) && (missing2 = "status"))) || ((data13.createdAt === undefined) && (missing2 = "createdAt"))){
validate22.errors = [{instancePath:instancePath+"/kycVerifications/" + i0,schemaPath:"#/properties/kycVerifications/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs31 = errors;
for(const key2 in data13){
if(!(((key2 === "type") || (key2 === "status")) || (key2 === "createdAt"))){
validate22.errors = [{instancePath:instancePath+"/kycVerifications/" + i0,schemaPath:"#/properties/kycVerifications/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs31 === errors){
if(data13.type !== undefined){
let data14 = data13.type;
const _errs32 = errors;
if(typeof data14 !== "string"){
validate22.errors = [{instancePath:instancePath+"/kycVerifications/" + i0+"/type",schemaPath:"#/properties/kycVerifications/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(data14 === "proof_of_id")){
validate22.errors = [{instancePath:instancePath+"/kycVerifications/" + i0+"/type",schemaPath:"#/properties/kycVerifications/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema33.properties.kycVerifications.items.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs32 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data13.status !== undefined){
let data15 = data13.status;
const _errs34 = errors;
if(typeof data15 !== "string"){
validate22.errors = [{instancePath:instancePath+"/kycVerifications/" + i0+"/status",schemaPath:"#/properties/kycVerifications/items/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((data15 === "pending") || (data15 === "verified")) || (data15 === "under_review")) || (data15 === "rejected")) || (data15 === "expired")) || (data15 === "verified_manually")) || (data15 === "rejected_manually"))){
validate22.errors = [{instancePath:instancePath+"/kycVerifications/" + i0+"/status",schemaPath:"#/properties/kycVerifications/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema33.properties.kycVerifications.items.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs34 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data13.createdAt !== undefined){
let data16 = data13.createdAt;
const _errs36 = errors;
if(errors === _errs36){
if(errors === _errs36){
if(typeof data16 === "string"){
if(!(formats2.test(data16))){
validate22.errors = [{instancePath:instancePath+"/kycVerifications/" + i0+"/createdAt",schemaPath:"#/properties/kycVerifications/items/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/kycVerifications/" + i0+"/createdAt",schemaPath:"#/properties/kycVerifications/items/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid3 = _errs36 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/kycVerifications/" + i0,schemaPath:"#/properties/kycVerifications/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs29 === errors;
if(!valid2){
break;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/kycVerifications",schemaPath:"#/properties/kycVerifications/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data17 = data.createdAt;
const _errs38 = errors;
if(errors === _errs38){
if(errors === _errs38){
if(typeof data17 === "string"){
if(!(formats2.test(data17))){
validate22.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs38 === errors;
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
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const listCustomersForKycReview200 = validate23;
const schema34 = {"type":"array","items":{"type":"object","required":["externalCustomerId","data","kycVerifications","createdAt"],"additionalProperties":false,"properties":{"externalCustomerId":{"type":"string"},"data":{"type":"object","required":["email"],"additionalProperties":false,"properties":{"email":{"type":"string","format":"email"},"phone":{"type":"string"},"firstName":{"type":"string"},"lastName":{"type":"string"},"street":{"type":"string"},"street2":{"type":"string"},"state":{"type":"string","pattern":"^[A-Z]{2}$"},"city":{"type":"string"},"zip":{"type":"string"},"country":{"type":"string","pattern":"^[A-Z]{2}$"}}},"kycVerifications":{"type":"array","items":{"type":"object","required":["type","status","createdAt"],"additionalProperties":false,"properties":{"type":{"type":"string","enum":["proof_of_id"]},"status":{"type":"string","enum":["pending","verified","under_review","rejected","expired","verified_manually","rejected_manually"]},"createdAt":{"type":"string","format":"date-time"}}}},"createdAt":{"type":"string","format":"date-time"}}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
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
let data0 = data[i0];
const _errs1 = errors;
if(errors === _errs1){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing0;
if(((((data0.externalCustomerId === undefined) && (missing0 = "externalCustomerId")) || ((data0.data === undefined) && (missing0 = "data"))) || ((data0.kycVerifications === undefined) && (missing0 = "kycVerifications"))) || ((data0.createdAt === undefined) && (missing0 = "createdAt"))){
validate23.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs3 = errors;
for(const key0 in data0){
if(!((((key0 === "externalCustomerId") || (key0 === "data")) || (key0 === "kycVerifications")) || (key0 === "createdAt"))){
validate23.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs3 === errors){
if(data0.externalCustomerId !== undefined){
const _errs4 = errors;
if(typeof data0.externalCustomerId !== "string"){
validate23.errors = [{instancePath:instancePath+"/" + i0+"/externalCustomerId",schemaPath:"#/items/properties/externalCustomerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.data !== undefined){
let data2 = data0.data;
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.email === undefined) && (missing1 = "email")){
validate23.errors = [{instancePath:instancePath+"/" + i0+"/data",schemaPath:"#/items/properties/data/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs8 = errors;
for(const key1 in data2){
if(!(func1.call(schema34.items.properties.data.properties, key1))){
validate23.errors = [{instancePath:instancePath+"/" + i0+"/data",schemaPath:"#/items/properties/data/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs8 === errors){
if(data2.email !== undefined){
let data3 = data2.email;
const _errs9 = errors;
if(errors === _errs9){
if(errors === _errs9){
if(typeof data3 === "string"){
if(!(formats0.test(data3))){
validate23.errors = [{instancePath:instancePath+"/" + i0+"/data/email",schemaPath:"#/items/properties/data/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/" + i0+"/data/email",schemaPath:"#/items/properties/data/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.phone !== undefined){
const _errs11 = errors;
if(typeof data2.phone !== "string"){
validate23.errors = [{instancePath:instancePath+"/" + i0+"/data/phone",schemaPath:"#/items/properties/data/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.firstName !== undefined){
const _errs13 = errors;
if(typeof data2.firstName !== "string"){
validate23.errors = [{instancePath:instancePath+"/" + i0+"/data/firstName",schemaPath:"#/items/properties/data/properties/firstName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.lastName !== undefined){
const _errs15 = errors;
if(typeof data2.lastName !== "string"){
validate23.errors = [{instancePath:instancePath+"/" + i0+"/data/lastName",schemaPath:"#/items/properties/data/properties/lastName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.street !== undefined){
const _errs17 = errors;
if(typeof data2.street !== "string"){
validate23.errors = [{instancePath:instancePath+"/" + i0+"/data/street",schemaPath:"#/items/properties/data/properties/street/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.street2 !== undefined){
const _errs19 = errors;
if(typeof data2.street2 !== "string"){
validate23.errors = [{instancePath:instancePath+"/" + i0+"/data/street2",schemaPath:"#/items/properties/data/properties/street2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.state !== undefined){
let data9 = data2.state;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data9 === "string"){
if(!pattern4.test(data9)){
validate23.errors = [{instancePath:instancePath+"/" + i0+"/data/state",schemaPath:"#/items/properties/data/properties/state/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/" + i0+"/data/state",schemaPath:"#/items/properties/data/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs21 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.city !== undefined){
const _errs23 = errors;
if(typeof data2.city !== "string"){
validate23.errors = [{instancePath:instancePath+"/" + i0+"/data/city",schemaPath:"#/items/properties/data/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs23 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.zip !== undefined){
const _errs25 = errors;
if(typeof data2.zip !== "string"){
validate23.errors = [{instancePath:instancePath+"/" + i0+"/data/zip",schemaPath:"#/items/properties/data/properties/zip/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs25 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.country !== undefined){
let data12 = data2.country;
const _errs27 = errors;
if(errors === _errs27){
if(typeof data12 === "string"){
if(!pattern4.test(data12)){
validate23.errors = [{instancePath:instancePath+"/" + i0+"/data/country",schemaPath:"#/items/properties/data/properties/country/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/" + i0+"/data/country",schemaPath:"#/items/properties/data/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs27 === errors;
}
else {
var valid2 = true;
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
validate23.errors = [{instancePath:instancePath+"/" + i0+"/data",schemaPath:"#/items/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.kycVerifications !== undefined){
let data13 = data0.kycVerifications;
const _errs29 = errors;
if(errors === _errs29){
if(Array.isArray(data13)){
var valid3 = true;
const len1 = data13.length;
for(let i1=0; i1<len1; i1++){
let data14 = data13[i1];
const _errs31 = errors;
if(errors === _errs31){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
let missing2;
if((((data14.type === undefined) && (missing2 = "type")) || ((data14.status === undefined) && (missing2 = "status"))) || ((data14.createdAt === undefined) && (missing2 = "createdAt"))){
validate23.errors = [{instancePath:instancePath+"/" + i0+"/kycVerifications/" + i1,schemaPath:"#/items/properties/kycVerifications/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs33 = errors;
for(const key2 in data14){
if(!(((key2 === "type") || (key2 === "status")) || (key2 === "createdAt"))){
validate23.errors = [{instancePath:instancePath+"/" + i0+"/kycVerifications/" + i1,schemaPath:"#/items/properties/kycVerifications/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs33 === errors){
if(data14.type !== undefined){
let data15 = data14.type;
const _errs34 = errors;
if(typeof data15 !== "string"){
validate23.errors = [{instancePath:instancePath+"/" + i0+"/kycVerifications/" + i1+"/type",schemaPath:"#/items/properties/kycVerifications/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(data15 === "proof_of_id")){
validate23.errors = [{instancePath:instancePath+"/" + i0+"/kycVerifications/" + i1+"/type",schemaPath:"#/items/properties/kycVerifications/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema34.items.properties.kycVerifications.items.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid4 = _errs34 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data14.status !== undefined){
let data16 = data14.status;
const _errs36 = errors;
if(typeof data16 !== "string"){
validate23.errors = [{instancePath:instancePath+"/" + i0+"/kycVerifications/" + i1+"/status",schemaPath:"#/items/properties/kycVerifications/items/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((data16 === "pending") || (data16 === "verified")) || (data16 === "under_review")) || (data16 === "rejected")) || (data16 === "expired")) || (data16 === "verified_manually")) || (data16 === "rejected_manually"))){
validate23.errors = [{instancePath:instancePath+"/" + i0+"/kycVerifications/" + i1+"/status",schemaPath:"#/items/properties/kycVerifications/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema34.items.properties.kycVerifications.items.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid4 = _errs36 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data14.createdAt !== undefined){
let data17 = data14.createdAt;
const _errs38 = errors;
if(errors === _errs38){
if(errors === _errs38){
if(typeof data17 === "string"){
if(!(formats2.test(data17))){
validate23.errors = [{instancePath:instancePath+"/" + i0+"/kycVerifications/" + i1+"/createdAt",schemaPath:"#/items/properties/kycVerifications/items/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/" + i0+"/kycVerifications/" + i1+"/createdAt",schemaPath:"#/items/properties/kycVerifications/items/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs38 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/" + i0+"/kycVerifications/" + i1,schemaPath:"#/items/properties/kycVerifications/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs31 === errors;
if(!valid3){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/" + i0+"/kycVerifications",schemaPath:"#/items/properties/kycVerifications/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs29 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.createdAt !== undefined){
let data18 = data0.createdAt;
const _errs40 = errors;
if(errors === _errs40){
if(errors === _errs40){
if(typeof data18 === "string"){
if(!(formats2.test(data18))){
validate23.errors = [{instancePath:instancePath+"/" + i0+"/createdAt",schemaPath:"#/items/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/" + i0+"/createdAt",schemaPath:"#/items/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid1 = _errs40 === errors;
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
validate23.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

export const getCustomerKycInfo200 = validate24;
const schema35 = {"type":"object","required":["externalCustomerId","kycVerification"],"additionalProperties":false,"properties":{"externalCustomerId":{"type":"string"},"kycVerification":{"anyOf":[{"type":"object","required":["type","status","verifiedAt"],"additionalProperties":false,"properties":{"type":{"type":"string","enum":["proof_of_id"]},"status":{"type":"string","enum":["pending","verified","under_review","rejected","expired","verified_manually","rejected_manually"]},"verifiedAt":{"type":"string","format":"date-time"},"clientSecretKey":{"type":"string","pattern":"^cs_ki_.+$"},"data":{"type":"object","additionalProperties":false,"properties":{"driversLicenseVerificationUrl":{"type":"string","format":"uri"},"passportVerificationUrl":{"type":"string","format":"uri"},"url":{"type":"string","format":"uri"}}}}},{"type":"null"}]}}};
const formats22 = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i;
const pattern12 = new RegExp("^cs_ki_.+$", "u");

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
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
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "externalCustomerId") || (key0 === "kycVerification"))){
validate24.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.externalCustomerId !== undefined){
const _errs2 = errors;
if(typeof data.externalCustomerId !== "string"){
validate24.errors = [{instancePath:instancePath+"/externalCustomerId",schemaPath:"#/properties/externalCustomerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(errors === _errs6){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((((data1.type === undefined) && (missing1 = "type")) || ((data1.status === undefined) && (missing1 = "status"))) || ((data1.verifiedAt === undefined) && (missing1 = "verifiedAt"))){
const err0 = {instancePath:instancePath+"/kycVerification",schemaPath:"#/properties/kycVerification/anyOf/0/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
const _errs8 = errors;
for(const key1 in data1){
if(!(((((key1 === "type") || (key1 === "status")) || (key1 === "verifiedAt")) || (key1 === "clientSecretKey")) || (key1 === "data"))){
const err1 = {instancePath:instancePath+"/kycVerification",schemaPath:"#/properties/kycVerification/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break;
}
}
if(_errs8 === errors){
if(data1.type !== undefined){
let data2 = data1.type;
const _errs9 = errors;
if(typeof data2 !== "string"){
const err2 = {instancePath:instancePath+"/kycVerification/type",schemaPath:"#/properties/kycVerification/anyOf/0/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(data2 === "proof_of_id")){
const err3 = {instancePath:instancePath+"/kycVerification/type",schemaPath:"#/properties/kycVerification/anyOf/0/properties/type/enum",keyword:"enum",params:{allowedValues: schema35.properties.kycVerification.anyOf[0].properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.status !== undefined){
let data3 = data1.status;
const _errs11 = errors;
if(typeof data3 !== "string"){
const err4 = {instancePath:instancePath+"/kycVerification/status",schemaPath:"#/properties/kycVerification/anyOf/0/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(((((((data3 === "pending") || (data3 === "verified")) || (data3 === "under_review")) || (data3 === "rejected")) || (data3 === "expired")) || (data3 === "verified_manually")) || (data3 === "rejected_manually"))){
const err5 = {instancePath:instancePath+"/kycVerification/status",schemaPath:"#/properties/kycVerification/anyOf/0/properties/status/enum",keyword:"enum",params:{allowedValues: schema35.properties.kycVerification.anyOf[0].properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.verifiedAt !== undefined){
let data4 = data1.verifiedAt;
const _errs13 = errors;
if(errors === _errs13){
if(errors === _errs13){
if(typeof data4 === "string"){
if(!(formats2.test(data4))){
const err6 = {instancePath:instancePath+"/kycVerification/verifiedAt",schemaPath:"#/properties/kycVerification/anyOf/0/properties/verifiedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/kycVerification/verifiedAt",schemaPath:"#/properties/kycVerification/anyOf/0/properties/verifiedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.clientSecretKey !== undefined){
let data5 = data1.clientSecretKey;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data5 === "string"){
if(!pattern12.test(data5)){
const err8 = {instancePath:instancePath+"/kycVerification/clientSecretKey",schemaPath:"#/properties/kycVerification/anyOf/0/properties/clientSecretKey/pattern",keyword:"pattern",params:{pattern: "^cs_ki_.+$"},message:"must match pattern \""+"^cs_ki_.+$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/kycVerification/clientSecretKey",schemaPath:"#/properties/kycVerification/anyOf/0/properties/clientSecretKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.data !== undefined){
let data6 = data1.data;
const _errs17 = errors;
if(errors === _errs17){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
const _errs19 = errors;
for(const key2 in data6){
if(!(((key2 === "driversLicenseVerificationUrl") || (key2 === "passportVerificationUrl")) || (key2 === "url"))){
const err10 = {instancePath:instancePath+"/kycVerification/data",schemaPath:"#/properties/kycVerification/anyOf/0/properties/data/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
break;
}
}
if(_errs19 === errors){
if(data6.driversLicenseVerificationUrl !== undefined){
let data7 = data6.driversLicenseVerificationUrl;
const _errs20 = errors;
if(errors === _errs20){
if(errors === _errs20){
if(typeof data7 === "string"){
if(!(formats22.test(data7))){
const err11 = {instancePath:instancePath+"/kycVerification/data/driversLicenseVerificationUrl",schemaPath:"#/properties/kycVerification/anyOf/0/properties/data/properties/driversLicenseVerificationUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/kycVerification/data/driversLicenseVerificationUrl",schemaPath:"#/properties/kycVerification/anyOf/0/properties/data/properties/driversLicenseVerificationUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.passportVerificationUrl !== undefined){
let data8 = data6.passportVerificationUrl;
const _errs22 = errors;
if(errors === _errs22){
if(errors === _errs22){
if(typeof data8 === "string"){
if(!(formats22.test(data8))){
const err13 = {instancePath:instancePath+"/kycVerification/data/passportVerificationUrl",schemaPath:"#/properties/kycVerification/anyOf/0/properties/data/properties/passportVerificationUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/kycVerification/data/passportVerificationUrl",schemaPath:"#/properties/kycVerification/anyOf/0/properties/data/properties/passportVerificationUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.url !== undefined){
let data9 = data6.url;
const _errs24 = errors;
if(errors === _errs24){
if(errors === _errs24){
if(typeof data9 === "string"){
if(!(formats22.test(data9))){
const err15 = {instancePath:instancePath+"/kycVerification/data/url",schemaPath:"#/properties/kycVerification/anyOf/0/properties/data/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/kycVerification/data/url",schemaPath:"#/properties/kycVerification/anyOf/0/properties/data/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
var valid3 = _errs24 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
const err17 = {instancePath:instancePath+"/kycVerification/data",schemaPath:"#/properties/kycVerification/anyOf/0/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/kycVerification",schemaPath:"#/properties/kycVerification/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
const _errs26 = errors;
if(data1 !== null){
const err19 = {instancePath:instancePath+"/kycVerification",schemaPath:"#/properties/kycVerification/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid0 = _errs26 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err20 = {instancePath:instancePath+"/kycVerification",schemaPath:"#/properties/kycVerification/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
validate24.errors = vErrors;
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
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const verifyCustomerKyc200 = validate25;
const schema36 = {"type":"object","required":["message"],"additionalProperties":false,"properties":{"message":{"type":"string"}}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
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
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "message")){
validate25.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.message !== undefined){
if(typeof data.message !== "string"){
validate25.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const createPaymentIntent200 = validate26;
const schema37 = {"type":"object","required":["paymentIntentId","amount","currency","externalCustomerId","externalPaymentIntentId","clientSecretKey","clientSecretKeyValidTill","expirationTime"],"additionalProperties":false,"properties":{"paymentIntentId":{"type":"string"},"amount":{"type":"string","pattern":"^\\d+\\.\\d{2}$"},"currency":{"type":"string"},"externalCustomerId":{"type":"string"},"externalPaymentIntentId":{"type":"string"},"clientSecretKey":{"type":"string"},"clientSecretKeyValidTill":{"type":"string","format":"date-time"},"expirationTime":{"type":"string","format":"date-time"}}};
const pattern13 = new RegExp("^\\d+\\.\\d{2}$", "u");

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
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
validate26.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "paymentIntentId") || (key0 === "amount")) || (key0 === "currency")) || (key0 === "externalCustomerId")) || (key0 === "externalPaymentIntentId")) || (key0 === "clientSecretKey")) || (key0 === "clientSecretKeyValidTill")) || (key0 === "expirationTime"))){
validate26.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.paymentIntentId !== undefined){
const _errs2 = errors;
if(typeof data.paymentIntentId !== "string"){
validate26.errors = [{instancePath:instancePath+"/paymentIntentId",schemaPath:"#/properties/paymentIntentId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.amount !== undefined){
let data1 = data.amount;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern13.test(data1)){
validate26.errors = [{instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/pattern",keyword:"pattern",params:{pattern: "^\\d+\\.\\d{2}$"},message:"must match pattern \""+"^\\d+\\.\\d{2}$"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.currency !== undefined){
const _errs6 = errors;
if(typeof data.currency !== "string"){
validate26.errors = [{instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalCustomerId !== undefined){
const _errs8 = errors;
if(typeof data.externalCustomerId !== "string"){
validate26.errors = [{instancePath:instancePath+"/externalCustomerId",schemaPath:"#/properties/externalCustomerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalPaymentIntentId !== undefined){
const _errs10 = errors;
if(typeof data.externalPaymentIntentId !== "string"){
validate26.errors = [{instancePath:instancePath+"/externalPaymentIntentId",schemaPath:"#/properties/externalPaymentIntentId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.clientSecretKey !== undefined){
const _errs12 = errors;
if(typeof data.clientSecretKey !== "string"){
validate26.errors = [{instancePath:instancePath+"/clientSecretKey",schemaPath:"#/properties/clientSecretKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.clientSecretKeyValidTill !== undefined){
let data6 = data.clientSecretKeyValidTill;
const _errs14 = errors;
if(errors === _errs14){
if(errors === _errs14){
if(typeof data6 === "string"){
if(!(formats2.test(data6))){
validate26.errors = [{instancePath:instancePath+"/clientSecretKeyValidTill",schemaPath:"#/properties/clientSecretKeyValidTill/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/clientSecretKeyValidTill",schemaPath:"#/properties/clientSecretKeyValidTill/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expirationTime !== undefined){
let data7 = data.expirationTime;
const _errs16 = errors;
if(errors === _errs16){
if(errors === _errs16){
if(typeof data7 === "string"){
if(!(formats2.test(data7))){
validate26.errors = [{instancePath:instancePath+"/expirationTime",schemaPath:"#/properties/expirationTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/expirationTime",schemaPath:"#/properties/expirationTime/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs16 === errors;
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
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const getPaymentIntentStatus200 = validate27;
const schema38 = {"type":"object","required":["status","payments"],"additionalProperties":false,"properties":{"status":{"type":"string","enum":["no-payment","pending","success","failed"]},"payments":{"type":"array","items":{"type":"object","required":["id","status","createdAt","type","messages"],"additionalProperties":false,"properties":{"id":{"type":"string"},"status":{"type":"string","enum":["pending","success","failed"]},"subStatus":{"type":"string"},"createdAt":{"type":"string","format":"date-time"},"type":{"type":"string","enum":["card","bank","pay_by_bank","crypto"]},"messages":{"type":"array","items":{"type":"object","additionalProperties":true}}}}}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
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
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "status") || (key0 === "payments"))){
validate27.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.status !== undefined){
let data0 = data.status;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate27.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data0 === "no-payment") || (data0 === "pending")) || (data0 === "success")) || (data0 === "failed"))){
validate27.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema38.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.payments !== undefined){
let data1 = data.payments;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((((((data2.id === undefined) && (missing1 = "id")) || ((data2.status === undefined) && (missing1 = "status"))) || ((data2.createdAt === undefined) && (missing1 = "createdAt"))) || ((data2.type === undefined) && (missing1 = "type"))) || ((data2.messages === undefined) && (missing1 = "messages"))){
validate27.errors = [{instancePath:instancePath+"/payments/" + i0,schemaPath:"#/properties/payments/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs8 = errors;
for(const key1 in data2){
if(!((((((key1 === "id") || (key1 === "status")) || (key1 === "subStatus")) || (key1 === "createdAt")) || (key1 === "type")) || (key1 === "messages"))){
validate27.errors = [{instancePath:instancePath+"/payments/" + i0,schemaPath:"#/properties/payments/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs8 === errors){
if(data2.id !== undefined){
const _errs9 = errors;
if(typeof data2.id !== "string"){
validate27.errors = [{instancePath:instancePath+"/payments/" + i0+"/id",schemaPath:"#/properties/payments/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.status !== undefined){
let data4 = data2.status;
const _errs11 = errors;
if(typeof data4 !== "string"){
validate27.errors = [{instancePath:instancePath+"/payments/" + i0+"/status",schemaPath:"#/properties/payments/items/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data4 === "pending") || (data4 === "success")) || (data4 === "failed"))){
validate27.errors = [{instancePath:instancePath+"/payments/" + i0+"/status",schemaPath:"#/properties/payments/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema38.properties.payments.items.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.subStatus !== undefined){
const _errs13 = errors;
if(typeof data2.subStatus !== "string"){
validate27.errors = [{instancePath:instancePath+"/payments/" + i0+"/subStatus",schemaPath:"#/properties/payments/items/properties/subStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.createdAt !== undefined){
let data6 = data2.createdAt;
const _errs15 = errors;
if(errors === _errs15){
if(errors === _errs15){
if(typeof data6 === "string"){
if(!(formats2.test(data6))){
validate27.errors = [{instancePath:instancePath+"/payments/" + i0+"/createdAt",schemaPath:"#/properties/payments/items/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/payments/" + i0+"/createdAt",schemaPath:"#/properties/payments/items/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.type !== undefined){
let data7 = data2.type;
const _errs17 = errors;
if(typeof data7 !== "string"){
validate27.errors = [{instancePath:instancePath+"/payments/" + i0+"/type",schemaPath:"#/properties/payments/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data7 === "card") || (data7 === "bank")) || (data7 === "pay_by_bank")) || (data7 === "crypto"))){
validate27.errors = [{instancePath:instancePath+"/payments/" + i0+"/type",schemaPath:"#/properties/payments/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema38.properties.payments.items.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.messages !== undefined){
let data8 = data2.messages;
const _errs19 = errors;
if(errors === _errs19){
if(Array.isArray(data8)){
var valid3 = true;
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
const _errs21 = errors;
if(errors === _errs21){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
}
else {
validate27.errors = [{instancePath:instancePath+"/payments/" + i0+"/messages/" + i1,schemaPath:"#/properties/payments/items/properties/messages/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs21 === errors;
if(!valid3){
break;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/payments/" + i0+"/messages",schemaPath:"#/properties/payments/items/properties/messages/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
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
validate27.errors = [{instancePath:instancePath+"/payments/" + i0,schemaPath:"#/properties/payments/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/payments",schemaPath:"#/properties/payments/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
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
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const createDisbursementIntent200 = validate28;
const schema39 = {"type":"object","required":["disbursementIntentId","amount","currency","externalCustomerId","externalDisbursementIntentId","clientSecretKey","clientSecretKeyValidTill","expirationTime"],"additionalProperties":false,"properties":{"disbursementIntentId":{"type":"string"},"amount":{"type":"string","pattern":"^\\d+\\.\\d{2}$"},"currency":{"type":"string"},"externalCustomerId":{"type":"string"},"externalDisbursementIntentId":{"type":"string"},"clientSecretKey":{"type":"string"},"clientSecretKeyValidTill":{"type":"string","format":"date-time"},"expirationTime":{"type":"string","format":"date-time"}}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
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
validate28.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "disbursementIntentId") || (key0 === "amount")) || (key0 === "currency")) || (key0 === "externalCustomerId")) || (key0 === "externalDisbursementIntentId")) || (key0 === "clientSecretKey")) || (key0 === "clientSecretKeyValidTill")) || (key0 === "expirationTime"))){
validate28.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.disbursementIntentId !== undefined){
const _errs2 = errors;
if(typeof data.disbursementIntentId !== "string"){
validate28.errors = [{instancePath:instancePath+"/disbursementIntentId",schemaPath:"#/properties/disbursementIntentId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.amount !== undefined){
let data1 = data.amount;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern13.test(data1)){
validate28.errors = [{instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/pattern",keyword:"pattern",params:{pattern: "^\\d+\\.\\d{2}$"},message:"must match pattern \""+"^\\d+\\.\\d{2}$"+"\""}];
return false;
}
}
else {
validate28.errors = [{instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.currency !== undefined){
const _errs6 = errors;
if(typeof data.currency !== "string"){
validate28.errors = [{instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalCustomerId !== undefined){
const _errs8 = errors;
if(typeof data.externalCustomerId !== "string"){
validate28.errors = [{instancePath:instancePath+"/externalCustomerId",schemaPath:"#/properties/externalCustomerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalDisbursementIntentId !== undefined){
const _errs10 = errors;
if(typeof data.externalDisbursementIntentId !== "string"){
validate28.errors = [{instancePath:instancePath+"/externalDisbursementIntentId",schemaPath:"#/properties/externalDisbursementIntentId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.clientSecretKey !== undefined){
const _errs12 = errors;
if(typeof data.clientSecretKey !== "string"){
validate28.errors = [{instancePath:instancePath+"/clientSecretKey",schemaPath:"#/properties/clientSecretKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.clientSecretKeyValidTill !== undefined){
let data6 = data.clientSecretKeyValidTill;
const _errs14 = errors;
if(errors === _errs14){
if(errors === _errs14){
if(typeof data6 === "string"){
if(!(formats2.test(data6))){
validate28.errors = [{instancePath:instancePath+"/clientSecretKeyValidTill",schemaPath:"#/properties/clientSecretKeyValidTill/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate28.errors = [{instancePath:instancePath+"/clientSecretKeyValidTill",schemaPath:"#/properties/clientSecretKeyValidTill/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expirationTime !== undefined){
let data7 = data.expirationTime;
const _errs16 = errors;
if(errors === _errs16){
if(errors === _errs16){
if(typeof data7 === "string"){
if(!(formats2.test(data7))){
validate28.errors = [{instancePath:instancePath+"/expirationTime",schemaPath:"#/properties/expirationTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate28.errors = [{instancePath:instancePath+"/expirationTime",schemaPath:"#/properties/expirationTime/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs16 === errors;
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
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const getDisbursementIntentStatus200 = validate29;
const schema40 = {"type":"object","required":["status","disbursement"],"additionalProperties":false,"properties":{"status":{"type":"string","enum":["pending-validation","pending","success","failed","rejected"]},"disbursement":{"type":"object","required":["id","status","createdAt","type","messages"],"additionalProperties":false,"properties":{"id":{"type":"string"},"status":{"type":"string","enum":["pending-validation","pending","success","failed","rejected","declined"]},"createdAt":{"type":"string","format":"date-time"},"type":{"type":"string","enum":["card","bank","pay_by_bank","crypto"]},"messages":{"type":"array","items":{"type":"object","additionalProperties":true}}}}}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
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
validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "status") || (key0 === "disbursement"))){
validate29.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.status !== undefined){
let data0 = data.status;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate29.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data0 === "pending-validation") || (data0 === "pending")) || (data0 === "success")) || (data0 === "failed")) || (data0 === "rejected"))){
validate29.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema40.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.disbursement !== undefined){
let data1 = data.disbursement;
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((((((data1.id === undefined) && (missing1 = "id")) || ((data1.status === undefined) && (missing1 = "status"))) || ((data1.createdAt === undefined) && (missing1 = "createdAt"))) || ((data1.type === undefined) && (missing1 = "type"))) || ((data1.messages === undefined) && (missing1 = "messages"))){
validate29.errors = [{instancePath:instancePath+"/disbursement",schemaPath:"#/properties/disbursement/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs6 = errors;
for(const key1 in data1){
if(!(((((key1 === "id") || (key1 === "status")) || (key1 === "createdAt")) || (key1 === "type")) || (key1 === "messages"))){
validate29.errors = [{instancePath:instancePath+"/disbursement",schemaPath:"#/properties/disbursement/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs6 === errors){
if(data1.id !== undefined){
const _errs7 = errors;
if(typeof data1.id !== "string"){
validate29.errors = [{instancePath:instancePath+"/disbursement/id",schemaPath:"#/properties/disbursement/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.status !== undefined){
let data3 = data1.status;
const _errs9 = errors;
if(typeof data3 !== "string"){
validate29.errors = [{instancePath:instancePath+"/disbursement/status",schemaPath:"#/properties/disbursement/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((data3 === "pending-validation") || (data3 === "pending")) || (data3 === "success")) || (data3 === "failed")) || (data3 === "rejected")) || (data3 === "declined"))){
validate29.errors = [{instancePath:instancePath+"/disbursement/status",schemaPath:"#/properties/disbursement/properties/status/enum",keyword:"enum",params:{allowedValues: schema40.properties.disbursement.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.createdAt !== undefined){
let data4 = data1.createdAt;
const _errs11 = errors;
if(errors === _errs11){
if(errors === _errs11){
if(typeof data4 === "string"){
if(!(formats2.test(data4))){
validate29.errors = [{instancePath:instancePath+"/disbursement/createdAt",schemaPath:"#/properties/disbursement/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/disbursement/createdAt",schemaPath:"#/properties/disbursement/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.type !== undefined){
let data5 = data1.type;
const _errs13 = errors;
if(typeof data5 !== "string"){
validate29.errors = [{instancePath:instancePath+"/disbursement/type",schemaPath:"#/properties/disbursement/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data5 === "card") || (data5 === "bank")) || (data5 === "pay_by_bank")) || (data5 === "crypto"))){
validate29.errors = [{instancePath:instancePath+"/disbursement/type",schemaPath:"#/properties/disbursement/properties/type/enum",keyword:"enum",params:{allowedValues: schema40.properties.disbursement.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.messages !== undefined){
let data6 = data1.messages;
const _errs15 = errors;
if(errors === _errs15){
if(Array.isArray(data6)){
var valid2 = true;
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
const _errs17 = errors;
if(errors === _errs17){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
}
else {
validate29.errors = [{instancePath:instancePath+"/disbursement/messages/" + i0,schemaPath:"#/properties/disbursement/properties/messages/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs17 === errors;
if(!valid2){
break;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/disbursement/messages",schemaPath:"#/properties/disbursement/properties/messages/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs15 === errors;
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
}
else {
validate29.errors = [{instancePath:instancePath+"/disbursement",schemaPath:"#/properties/disbursement/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
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
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const listPendingDisbursements200 = validate30;
const schema41 = {"type":"array","items":{"type":"object","required":["disbursementIntentId","externalCustomerId","externalDisbursementId","customerId","amount","currency","type","status","createdAt"],"additionalProperties":false,"properties":{"disbursementIntentId":{"type":"string"},"externalCustomerId":{"type":"string"},"externalDisbursementId":{"type":"string"},"customerId":{"type":"object","required":["data"],"additionalProperties":false,"properties":{"data":{"type":"object","required":["email"],"additionalProperties":false,"properties":{"firstName":{"type":"string"},"lastName":{"type":"string"},"email":{"type":"string","format":"email"},"phone":{"type":"string"}}}}},"amount":{"type":"string","pattern":"^\\d+\\.\\d{2}$"},"currency":{"type":"string"},"type":{"type":"string","enum":["card","bank","pay_by_bank","crypto"]},"status":{"type":"object","required":["name","createdAt"],"additionalProperties":false,"properties":{"name":{"type":"string","enum":["pending-validation"]},"createdAt":{"type":"string","format":"date-time"}}},"createdAt":{"type":"string","format":"date-time"}}}};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
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
let data0 = data[i0];
const _errs1 = errors;
if(errors === _errs1){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing0;
if((((((((((data0.disbursementIntentId === undefined) && (missing0 = "disbursementIntentId")) || ((data0.externalCustomerId === undefined) && (missing0 = "externalCustomerId"))) || ((data0.externalDisbursementId === undefined) && (missing0 = "externalDisbursementId"))) || ((data0.customerId === undefined) && (missing0 = "customerId"))) || ((data0.amount === undefined) && (missing0 = "amount"))) || ((data0.currency === undefined) && (missing0 = "currency"))) || ((data0.type === undefined) && (missing0 = "type"))) || ((data0.status === undefined) && (missing0 = "status"))) || ((data0.createdAt === undefined) && (missing0 = "createdAt"))){
validate30.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs3 = errors;
for(const key0 in data0){
if(!(func1.call(schema41.items.properties, key0))){
validate30.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs3 === errors){
if(data0.disbursementIntentId !== undefined){
const _errs4 = errors;
if(typeof data0.disbursementIntentId !== "string"){
validate30.errors = [{instancePath:instancePath+"/" + i0+"/disbursementIntentId",schemaPath:"#/items/properties/disbursementIntentId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.externalCustomerId !== undefined){
const _errs6 = errors;
if(typeof data0.externalCustomerId !== "string"){
validate30.errors = [{instancePath:instancePath+"/" + i0+"/externalCustomerId",schemaPath:"#/items/properties/externalCustomerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.externalDisbursementId !== undefined){
const _errs8 = errors;
if(typeof data0.externalDisbursementId !== "string"){
validate30.errors = [{instancePath:instancePath+"/" + i0+"/externalDisbursementId",schemaPath:"#/items/properties/externalDisbursementId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.customerId !== undefined){
let data4 = data0.customerId;
const _errs10 = errors;
if(errors === _errs10){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if((data4.data === undefined) && (missing1 = "data")){
validate30.errors = [{instancePath:instancePath+"/" + i0+"/customerId",schemaPath:"#/items/properties/customerId/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs12 = errors;
for(const key1 in data4){
if(!(key1 === "data")){
validate30.errors = [{instancePath:instancePath+"/" + i0+"/customerId",schemaPath:"#/items/properties/customerId/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs12 === errors){
if(data4.data !== undefined){
let data5 = data4.data;
const _errs13 = errors;
if(errors === _errs13){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing2;
if((data5.email === undefined) && (missing2 = "email")){
validate30.errors = [{instancePath:instancePath+"/" + i0+"/customerId/data",schemaPath:"#/items/properties/customerId/properties/data/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs15 = errors;
for(const key2 in data5){
if(!((((key2 === "firstName") || (key2 === "lastName")) || (key2 === "email")) || (key2 === "phone"))){
validate30.errors = [{instancePath:instancePath+"/" + i0+"/customerId/data",schemaPath:"#/items/properties/customerId/properties/data/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs15 === errors){
if(data5.firstName !== undefined){
const _errs16 = errors;
if(typeof data5.firstName !== "string"){
validate30.errors = [{instancePath:instancePath+"/" + i0+"/customerId/data/firstName",schemaPath:"#/items/properties/customerId/properties/data/properties/firstName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.lastName !== undefined){
const _errs18 = errors;
if(typeof data5.lastName !== "string"){
validate30.errors = [{instancePath:instancePath+"/" + i0+"/customerId/data/lastName",schemaPath:"#/items/properties/customerId/properties/data/properties/lastName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.email !== undefined){
let data8 = data5.email;
const _errs20 = errors;
if(errors === _errs20){
if(errors === _errs20){
if(typeof data8 === "string"){
if(!(formats0.test(data8))){
validate30.errors = [{instancePath:instancePath+"/" + i0+"/customerId/data/email",schemaPath:"#/items/properties/customerId/properties/data/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/" + i0+"/customerId/data/email",schemaPath:"#/items/properties/customerId/properties/data/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.phone !== undefined){
const _errs22 = errors;
if(typeof data5.phone !== "string"){
validate30.errors = [{instancePath:instancePath+"/" + i0+"/customerId/data/phone",schemaPath:"#/items/properties/customerId/properties/data/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/" + i0+"/customerId/data",schemaPath:"#/items/properties/customerId/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/" + i0+"/customerId",schemaPath:"#/items/properties/customerId/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.amount !== undefined){
let data10 = data0.amount;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data10 === "string"){
if(!pattern13.test(data10)){
validate30.errors = [{instancePath:instancePath+"/" + i0+"/amount",schemaPath:"#/items/properties/amount/pattern",keyword:"pattern",params:{pattern: "^\\d+\\.\\d{2}$"},message:"must match pattern \""+"^\\d+\\.\\d{2}$"+"\""}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/" + i0+"/amount",schemaPath:"#/items/properties/amount/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs24 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.currency !== undefined){
const _errs26 = errors;
if(typeof data0.currency !== "string"){
validate30.errors = [{instancePath:instancePath+"/" + i0+"/currency",schemaPath:"#/items/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs26 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.type !== undefined){
let data12 = data0.type;
const _errs28 = errors;
if(typeof data12 !== "string"){
validate30.errors = [{instancePath:instancePath+"/" + i0+"/type",schemaPath:"#/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data12 === "card") || (data12 === "bank")) || (data12 === "pay_by_bank")) || (data12 === "crypto"))){
validate30.errors = [{instancePath:instancePath+"/" + i0+"/type",schemaPath:"#/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema41.items.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs28 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.status !== undefined){
let data13 = data0.status;
const _errs30 = errors;
if(errors === _errs30){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing3;
if(((data13.name === undefined) && (missing3 = "name")) || ((data13.createdAt === undefined) && (missing3 = "createdAt"))){
validate30.errors = [{instancePath:instancePath+"/" + i0+"/status",schemaPath:"#/items/properties/status/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs32 = errors;
for(const key3 in data13){
if(!((key3 === "name") || (key3 === "createdAt"))){
validate30.errors = [{instancePath:instancePath+"/" + i0+"/status",schemaPath:"#/items/properties/status/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs32 === errors){
if(data13.name !== undefined){
let data14 = data13.name;
const _errs33 = errors;
if(typeof data14 !== "string"){
validate30.errors = [{instancePath:instancePath+"/" + i0+"/status/name",schemaPath:"#/items/properties/status/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(data14 === "pending-validation")){
validate30.errors = [{instancePath:instancePath+"/" + i0+"/status/name",schemaPath:"#/items/properties/status/properties/name/enum",keyword:"enum",params:{allowedValues: schema41.items.properties.status.properties.name.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid4 = _errs33 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data13.createdAt !== undefined){
let data15 = data13.createdAt;
const _errs35 = errors;
if(errors === _errs35){
if(errors === _errs35){
if(typeof data15 === "string"){
if(!(formats2.test(data15))){
validate30.errors = [{instancePath:instancePath+"/" + i0+"/status/createdAt",schemaPath:"#/items/properties/status/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/" + i0+"/status/createdAt",schemaPath:"#/items/properties/status/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs35 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/" + i0+"/status",schemaPath:"#/items/properties/status/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs30 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.createdAt !== undefined){
let data16 = data0.createdAt;
const _errs37 = errors;
if(errors === _errs37){
if(errors === _errs37){
if(typeof data16 === "string"){
if(!(formats2.test(data16))){
validate30.errors = [{instancePath:instancePath+"/" + i0+"/createdAt",schemaPath:"#/items/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/" + i0+"/createdAt",schemaPath:"#/items/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid1 = _errs37 === errors;
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
}
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

export const proceedWithDisbursement200 = validate31;
const schema42 = {"type":"object","required":["disbursementId","amount","externalCustomerId","externalDisbursementId","currency","status"],"additionalProperties":false,"properties":{"disbursementId":{"type":"string"},"amount":{"type":"string","pattern":"^\\d+\\.\\d{2}$"},"externalCustomerId":{"type":"string"},"externalDisbursementId":{"type":"string"},"currency":{"type":"string"},"status":{"type":"string","enum":["pending","rejected"]}}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
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
validate31.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "disbursementId") || (key0 === "amount")) || (key0 === "externalCustomerId")) || (key0 === "externalDisbursementId")) || (key0 === "currency")) || (key0 === "status"))){
validate31.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.disbursementId !== undefined){
const _errs2 = errors;
if(typeof data.disbursementId !== "string"){
validate31.errors = [{instancePath:instancePath+"/disbursementId",schemaPath:"#/properties/disbursementId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.amount !== undefined){
let data1 = data.amount;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern13.test(data1)){
validate31.errors = [{instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/pattern",keyword:"pattern",params:{pattern: "^\\d+\\.\\d{2}$"},message:"must match pattern \""+"^\\d+\\.\\d{2}$"+"\""}];
return false;
}
}
else {
validate31.errors = [{instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalCustomerId !== undefined){
const _errs6 = errors;
if(typeof data.externalCustomerId !== "string"){
validate31.errors = [{instancePath:instancePath+"/externalCustomerId",schemaPath:"#/properties/externalCustomerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalDisbursementId !== undefined){
const _errs8 = errors;
if(typeof data.externalDisbursementId !== "string"){
validate31.errors = [{instancePath:instancePath+"/externalDisbursementId",schemaPath:"#/properties/externalDisbursementId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.currency !== undefined){
const _errs10 = errors;
if(typeof data.currency !== "string"){
validate31.errors = [{instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data5 = data.status;
const _errs12 = errors;
if(typeof data5 !== "string"){
validate31.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data5 === "pending") || (data5 === "rejected"))){
validate31.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema42.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs12 === errors;
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
validate31.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const registerWebhook200 = validate32;
const schema43 = {"type":"object","required":["_id","url","status","secretKey","headers"],"additionalProperties":false,"properties":{"_id":{"type":"string"},"url":{"type":"string","format":"uri"},"status":{"type":"string","enum":["active","inactive"]},"secretKey":{"type":"string"},"headers":{"type":"object","additionalProperties":{"type":"string"}}}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
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
validate32.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "_id") || (key0 === "url")) || (key0 === "status")) || (key0 === "secretKey")) || (key0 === "headers"))){
validate32.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data._id !== undefined){
const _errs2 = errors;
if(typeof data._id !== "string"){
validate32.errors = [{instancePath:instancePath+"/_id",schemaPath:"#/properties/_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(!(formats22.test(data1))){
validate32.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate32.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
let data2 = data.status;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate32.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data2 === "active") || (data2 === "inactive"))){
validate32.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema43.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.secretKey !== undefined){
const _errs8 = errors;
if(typeof data.secretKey !== "string"){
validate32.errors = [{instancePath:instancePath+"/secretKey",schemaPath:"#/properties/secretKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.headers !== undefined){
let data4 = data.headers;
const _errs10 = errors;
if(errors === _errs10){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
const _errs13 = errors;
if(typeof data4[key1] !== "string"){
validate32.errors = [{instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs13 === errors;
if(!valid1){
break;
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
else {
validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const updateWebhook200 = validate33;
const schema44 = {"type":"object","required":["_id","url","status","eventTypes","headers"],"additionalProperties":false,"properties":{"_id":{"type":"string"},"url":{"type":"string","format":"uri"},"status":{"type":"string","enum":["active","inactive"]},"eventTypes":{"type":"array","maxItems":4,"uniqueItems":true,"items":{"type":"string","enum":["transaction","kyc_verification","customer_w9_required","customer_w9_completed"]}},"headers":{"type":"object","additionalProperties":{"type":"string"}}}};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
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
validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "_id") || (key0 === "url")) || (key0 === "status")) || (key0 === "eventTypes")) || (key0 === "headers"))){
validate33.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data._id !== undefined){
const _errs2 = errors;
if(typeof data._id !== "string"){
validate33.errors = [{instancePath:instancePath+"/_id",schemaPath:"#/properties/_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(!(formats22.test(data1))){
validate33.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
let data2 = data.status;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate33.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data2 === "active") || (data2 === "inactive"))){
validate33.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema44.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.eventTypes !== undefined){
let data3 = data.eventTypes;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data3)){
if(data3.length > 4){
validate33.errors = [{instancePath:instancePath+"/eventTypes",schemaPath:"#/properties/eventTypes/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs10 = errors;
if(typeof data4 !== "string"){
validate33.errors = [{instancePath:instancePath+"/eventTypes/" + i0,schemaPath:"#/properties/eventTypes/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data4 === "transaction") || (data4 === "kyc_verification")) || (data4 === "customer_w9_required")) || (data4 === "customer_w9_completed"))){
validate33.errors = [{instancePath:instancePath+"/eventTypes/" + i0,schemaPath:"#/properties/eventTypes/items/enum",keyword:"enum",params:{allowedValues: schema44.properties.eventTypes.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs10 === errors;
if(!valid1){
break;
}
}
if(valid1){
let i1 = data3.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data3[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate33.errors = [{instancePath:instancePath+"/eventTypes",schemaPath:"#/properties/eventTypes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/eventTypes",schemaPath:"#/properties/eventTypes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.headers !== undefined){
let data5 = data.headers;
const _errs12 = errors;
if(errors === _errs12){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
const _errs15 = errors;
if(typeof data5[key1] !== "string"){
validate33.errors = [{instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs15 === errors;
if(!valid3){
break;
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs12 === errors;
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
validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const checkGeolocation200 = validate34;
const schema45 = {"type":"object","required":["allowed"],"additionalProperties":false,"properties":{"allowed":{"type":"boolean"},"country":{"type":["string","null"]},"countryCode":{"type":["string","null"]},"state":{"type":["string","null"]},"stateCode":{"type":["string","null"]}}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
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
validate34.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "allowed") || (key0 === "country")) || (key0 === "countryCode")) || (key0 === "state")) || (key0 === "stateCode"))){
validate34.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.allowed !== undefined){
const _errs2 = errors;
if(typeof data.allowed !== "boolean"){
validate34.errors = [{instancePath:instancePath+"/allowed",schemaPath:"#/properties/allowed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate34.errors = [{instancePath:instancePath+"/country",schemaPath:"#/properties/country/type",keyword:"type",params:{type: schema45.properties.country.type},message:"must be string,null"}];
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
validate34.errors = [{instancePath:instancePath+"/countryCode",schemaPath:"#/properties/countryCode/type",keyword:"type",params:{type: schema45.properties.countryCode.type},message:"must be string,null"}];
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
validate34.errors = [{instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: schema45.properties.state.type},message:"must be string,null"}];
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
validate34.errors = [{instancePath:instancePath+"/stateCode",schemaPath:"#/properties/stateCode/type",keyword:"type",params:{type: schema45.properties.stateCode.type},message:"must be string,null"}];
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
validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


/** Per operationId: where its responses are in the spec, and a validator per 2xx status. */
export const responseValidators = {
  listCustomers: {
    responses: "#/paths/~1customers/get/responses",
    statuses: {
      "200": { validate: listCustomers200, origins: {"#":"#/components/schemas/CustomerList","#/properties/customers/items":"#/components/schemas/Customer","#/properties/customers/items/properties/data":"#/components/schemas/CustomerData","#/properties/customers/items/properties/kycVerifications/items":"#/components/schemas/KycVerification","#/properties/customers/items/properties/kycVerifications/items/properties/type":"#/components/schemas/KycVerificationType","#/properties/customers/items/properties/kycVerifications/items/properties/status":"#/components/schemas/KycStatus"} },
    },
  },
  createCustomer: {
    responses: "#/paths/~1customers/post/responses",
    statuses: {
      "200": { validate: createCustomer200, origins: {"#":"#/components/schemas/CreatedCustomer","#/properties/data":"#/components/schemas/CustomerData"} },
    },
  },
  getCustomer: {
    responses: "#/paths/~1customers~1{externalCustomerId}/get/responses",
    statuses: {
      "200": { validate: getCustomer200, origins: {"#":"#/components/schemas/Customer","#/properties/data":"#/components/schemas/CustomerData","#/properties/kycVerifications/items":"#/components/schemas/KycVerification","#/properties/kycVerifications/items/properties/type":"#/components/schemas/KycVerificationType","#/properties/kycVerifications/items/properties/status":"#/components/schemas/KycStatus"} },
    },
  },
  listCustomersForKycReview: {
    responses: "#/paths/~1customers~1kyc-for-review/get/responses",
    statuses: {
      "200": { validate: listCustomersForKycReview200, origins: {"#":"#/components/schemas/CustomersForKycReview","#/items":"#/components/schemas/Customer","#/items/properties/data":"#/components/schemas/CustomerData","#/items/properties/kycVerifications/items":"#/components/schemas/KycVerification","#/items/properties/kycVerifications/items/properties/type":"#/components/schemas/KycVerificationType","#/items/properties/kycVerifications/items/properties/status":"#/components/schemas/KycStatus"} },
    },
  },
  getCustomerKycInfo: {
    responses: "#/paths/~1customers~1{externalCustomerId}~1kyc-info/get/responses",
    statuses: {
      "200": { validate: getCustomerKycInfo200, origins: {"#":"#/components/schemas/KycInfo","#/properties/kycVerification/anyOf/0":"#/components/schemas/KycInfoVerification","#/properties/kycVerification/anyOf/0/properties/type":"#/components/schemas/KycVerificationType","#/properties/kycVerification/anyOf/0/properties/status":"#/components/schemas/KycStatus","#/properties/kycVerification/anyOf/0/properties/data":"#/components/schemas/KycVerificationLinks"} },
    },
  },
  verifyCustomerKyc: {
    responses: "#/paths/~1customers~1{externalCustomerId}~1kyc-verify~1{type}/post/responses",
    statuses: {
      "200": { validate: verifyCustomerKyc200, origins: {"#":"#/components/schemas/KycDecisionResult"} },
    },
  },
  createPaymentIntent: {
    responses: "#/paths/~1payment-intents/post/responses",
    statuses: {
      "200": { validate: createPaymentIntent200, origins: {"#":"#/components/schemas/PaymentIntent","#/properties/amount":"#/components/schemas/Amount","#/properties/currency":"#/components/schemas/Currency"} },
    },
  },
  getPaymentIntentStatus: {
    responses: "#/paths/~1payment-intents~1{paymentIntentId}~1status/get/responses",
    statuses: {
      "200": { validate: getPaymentIntentStatus200, origins: {"#":"#/components/schemas/PaymentIntentStatus","#/properties/status":"#/components/schemas/PaymentIntentState","#/properties/payments/items":"#/components/schemas/Payment","#/properties/payments/items/properties/status":"#/components/schemas/PaymentState","#/properties/payments/items/properties/type":"#/components/schemas/PaymentMethodType","#/properties/payments/items/properties/messages/items":"#/components/schemas/ProcessingMessage"} },
    },
  },
  createDisbursementIntent: {
    responses: "#/paths/~1disbursement-intents/post/responses",
    statuses: {
      "200": { validate: createDisbursementIntent200, origins: {"#":"#/components/schemas/DisbursementIntent","#/properties/amount":"#/components/schemas/Amount","#/properties/currency":"#/components/schemas/Currency"} },
    },
  },
  getDisbursementIntentStatus: {
    responses: "#/paths/~1disbursement-intents~1{disbursementIntentId}~1status/get/responses",
    statuses: {
      "200": { validate: getDisbursementIntentStatus200, origins: {"#":"#/components/schemas/DisbursementIntentStatus","#/properties/status":"#/components/schemas/DisbursementIntentState","#/properties/disbursement":"#/components/schemas/Disbursement","#/properties/disbursement/properties/status":"#/components/schemas/DisbursementState","#/properties/disbursement/properties/type":"#/components/schemas/PaymentMethodType","#/properties/disbursement/properties/messages/items":"#/components/schemas/ProcessingMessage"} },
    },
  },
  listPendingDisbursements: {
    responses: "#/paths/~1disbursements~1pending-validation/get/responses",
    statuses: {
      "200": { validate: listPendingDisbursements200, origins: {"#":"#/components/schemas/PendingDisbursementList","#/items":"#/components/schemas/PendingDisbursement","#/items/properties/customerId":"#/components/schemas/CustomerSummary","#/items/properties/amount":"#/components/schemas/Amount","#/items/properties/currency":"#/components/schemas/Currency","#/items/properties/type":"#/components/schemas/PaymentMethodType","#/items/properties/status":"#/components/schemas/PendingDisbursementStatus"} },
    },
  },
  proceedWithDisbursement: {
    responses: "#/paths/~1disbursements~1{disbursementIntentId}~1proceed~1{allow}/post/responses",
    statuses: {
      "200": { validate: proceedWithDisbursement200, origins: {"#":"#/components/schemas/DisbursementDecisionResult","#/properties/amount":"#/components/schemas/Amount","#/properties/currency":"#/components/schemas/Currency"} },
    },
  },
  registerWebhook: {
    responses: "#/paths/~1operators~1webhooks/post/responses",
    statuses: {
      "200": { validate: registerWebhook200, origins: {"#":"#/components/schemas/RegisteredWebhook","#/properties/status":"#/components/schemas/WebhookStatus","#/properties/headers":"#/components/schemas/WebhookHeaders"} },
    },
  },
  updateWebhook: {
    responses: "#/paths/~1operators~1webhooks~1{webhookId}/patch/responses",
    statuses: {
      "200": { validate: updateWebhook200, origins: {"#":"#/components/schemas/Webhook","#/properties/status":"#/components/schemas/WebhookStatus","#/properties/eventTypes/items":"#/components/schemas/WebhookEventType","#/properties/headers":"#/components/schemas/WebhookHeaders"} },
    },
  },
  checkGeolocation: {
    responses: "#/paths/~1operators~1check-geolocation/post/responses",
    statuses: {
      "200": { validate: checkGeolocation200, origins: {"#":"#/components/schemas/GeolocationCheckResult"} },
    },
  },
};
