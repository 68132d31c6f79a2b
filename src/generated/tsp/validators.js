/* eslint-disable */
/*
 * GENERATED from specs/*.yaml and schemas/tsp/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (9/TSP Titanic Service Protocol: validators.js)
 */
"use strict";
function __ucs2length(s) {
  let n = 0
  for (const _ of s) n++
  return n
}
exports.CloseQuery = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/tsp/close-query.schema.json","title":"CloseQuery","description":"titanic.close input: exactly one frame, the UUID titanic.request returned (9/TSP 'titanic.close').","type":"object","properties":{"uuid":{"type":"string","pattern":"^[0-9A-Fa-f]{32}$"}},"required":["uuid"],"additionalProperties":false,"x-requirements":["TSP-14","TSP-8"],"x-frames":[{"name":"uuid","field":"uuid","as":"text","rule":"TSP-8"}],"x-vectors":[{"name":"lower-case UUID","message":{"uuid":"0123456789abcdef0123456789abcdef"},"frames":["0123456789abcdef0123456789abcdef"]}]};
const pattern4 = new RegExp("^[0-9A-Fa-f]{32}$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/tsp/close-query.schema.json" */;
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
if((data.uuid === undefined) && (missing0 = "uuid")){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "uuid")){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.uuid !== undefined){
let data0 = data.uuid;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate20.errors = [{instancePath:instancePath+"/uuid",schemaPath:"#/properties/uuid/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f]{32}$"},message:"must match pattern \""+"^[0-9A-Fa-f]{32}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/uuid",schemaPath:"#/properties/uuid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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

exports.CloseReply = validate21;
const schema32 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/tsp/close-reply.schema.json","title":"CloseReply","description":"titanic.close answer: exactly one frame, the status; 200 also for a UUID the server does not know (9/TSP 'titanic.close').","type":"object","properties":{"status":{"type":"string","pattern":"^[0-9]{3}( [\\s\\S]*)?$"}},"required":["status"],"additionalProperties":false,"x-requirements":["TSP-16","TSP-22"],"x-frames":[{"name":"status","field":"status","as":"text","rule":"TSP-22"}],"x-vectors":[{"name":"closed","message":{"status":"200"},"frames":["200"]},{"name":"invalid UUID","message":{"status":"400"},"frames":["400"]}]};
const pattern5 = new RegExp("^[0-9]{3}( [\\s\\S]*)?$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/tsp/close-reply.schema.json" */;
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
if((data.status === undefined) && (missing0 = "status")){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "status")){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.status !== undefined){
let data0 = data.status;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
validate21.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/pattern",keyword:"pattern",params:{pattern: "^[0-9]{3}( [\\s\\S]*)?$"},message:"must match pattern \""+"^[0-9]{3}( [\\s\\S]*)?$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
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

exports.ReplyFound = validate22;
const schema33 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/tsp/reply-found.schema.json","title":"ReplyFound","description":"titanic.reply answer once the real service has answered: status 200, then the stored reply body, one or more frames as the service sent them (9/TSP 'titanic.reply').","type":"object","properties":{"status":{"type":"string","pattern":"^200( [\\s\\S]*)?$"},"body":{"$ref":"../common/body-frames.schema.json"}},"required":["status","body"],"additionalProperties":false,"x-requirements":["TSP-10","TSP-24","TSP-22"],"x-frames":[{"name":"status","field":"status","as":"text","rule":"TSP-22"},{"name":"body","field":"body","as":"bytes","repeat":true,"rule":"TSP-10"}],"x-vectors":[{"name":"the echo service's reply","message":{"status":"200","body":["Hello"]},"frames":["200","Hello"]},{"name":"a reply of two frames, with status text","message":{"status":"200 OK","body":["a",{"hex":"00"}]},"frames":["200 OK","a",{"hex":"00"}]}]};
const pattern6 = new RegExp("^200( [\\s\\S]*)?$", "u");
const schema34 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/common/body-frames.schema.json","description":"Opaque application frames carried unchanged: one or more.","type":"array","minItems":1,"items":{"$ref":"bytes.schema.json"},"tsType":"Buffer[]"};
const schema35 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/common/bytes.schema.json","description":"One opaque frame: any bytes, including none. Checked with the x-bytes keyword because JSON Schema has no binary type.","x-bytes":true,"tsType":"Buffer"};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/common/body-frames.schema.json" */;
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
if(data.length < 1){
validate23.errors = [{instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(data[i0] instanceof Uint8Array)){
validate23.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"bytes.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
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


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/tsp/reply-found.schema.json" */;
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
if(((data.status === undefined) && (missing0 = "status")) || ((data.body === undefined) && (missing0 = "body"))){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "status") || (key0 === "body"))){
validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.status !== undefined){
let data0 = data.status;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
validate22.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/pattern",keyword:"pattern",params:{pattern: "^200( [\\s\\S]*)?$"},message:"must match pattern \""+"^200( [\\s\\S]*)?$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
const _errs4 = errors;
if(!(validate23(data.body, {instancePath:instancePath+"/body",parentData:data,parentDataProperty:"body",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
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
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.ReplyQuery = validate25;
const schema36 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/tsp/reply-query.schema.json","title":"ReplyQuery","description":"titanic.reply input: exactly one frame, the UUID titanic.request returned (9/TSP 'titanic.reply').","type":"object","properties":{"uuid":{"type":"string","pattern":"^[0-9A-Fa-f]{32}$"}},"required":["uuid"],"additionalProperties":false,"x-requirements":["TSP-9","TSP-8"],"x-frames":[{"name":"uuid","field":"uuid","as":"text","rule":"TSP-8"}],"x-vectors":[{"name":"lower-case UUID","message":{"uuid":"0123456789abcdef0123456789abcdef"},"frames":["0123456789abcdef0123456789abcdef"]}]};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/tsp/reply-query.schema.json" */;
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
if((data.uuid === undefined) && (missing0 = "uuid")){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "uuid")){
validate25.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.uuid !== undefined){
let data0 = data.uuid;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate25.errors = [{instancePath:instancePath+"/uuid",schemaPath:"#/properties/uuid/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f]{32}$"},message:"must match pattern \""+"^[0-9A-Fa-f]{32}$"+"\""}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/uuid",schemaPath:"#/properties/uuid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
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

exports.ReplyStatus = validate26;
const schema37 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/tsp/reply-status.schema.json","title":"ReplyStatus","description":"titanic.reply answer with no reply to give: a status other than 200 and nothing else (300 pending, 400 unknown UUID, 500 error) (9/TSP 'titanic.reply').","type":"object","properties":{"status":{"type":"string","pattern":"^(?!200)[0-9]{3}( [\\s\\S]*)?$"}},"required":["status"],"additionalProperties":false,"x-requirements":["TSP-10","TSP-22"],"x-frames":[{"name":"status","field":"status","as":"text","rule":"TSP-10"}],"x-vectors":[{"name":"pending","message":{"status":"300"},"frames":["300"]},{"name":"unknown, with status text","message":{"status":"400 Unknown"},"frames":["400 Unknown"]}]};
const pattern8 = new RegExp("^(?!200)[0-9]{3}( [\\s\\S]*)?$", "u");

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/tsp/reply-status.schema.json" */;
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
if((data.status === undefined) && (missing0 = "status")){
validate26.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "status")){
validate26.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.status !== undefined){
let data0 = data.status;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern8.test(data0)){
validate26.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/pattern",keyword:"pattern",params:{pattern: "^(?!200)[0-9]{3}( [\\s\\S]*)?$"},message:"must match pattern \""+"^(?!200)[0-9]{3}( [\\s\\S]*)?$"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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

exports.RequestAccepted = validate27;
const schema38 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/tsp/request-accepted.schema.json","title":"RequestAccepted","description":"titanic.request answer once the request is stored: status 200, then the UUID the server gave the request (9/TSP 'titanic.request').","type":"object","properties":{"status":{"type":"string","pattern":"^200( [\\s\\S]*)?$"},"uuid":{"type":"string","pattern":"^[0-9A-Fa-f]{32}$"}},"required":["status","uuid"],"additionalProperties":false,"x-requirements":["TSP-7","TSP-6","TSP-8","TSP-22"],"x-frames":[{"name":"status","field":"status","as":"text","rule":"TSP-22"},{"name":"uuid","field":"uuid","as":"text","rule":"TSP-8"}],"x-vectors":[{"name":"stored, upper-case hex as the Guide emits","message":{"status":"200","uuid":"0123456789ABCDEF0123456789ABCDEF"},"frames":["200","0123456789ABCDEF0123456789ABCDEF"]},{"name":"stored, with status text","message":{"status":"200 OK","uuid":"0123456789abcdef0123456789abcdef"},"frames":["200 OK","0123456789abcdef0123456789abcdef"]}]};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/tsp/request-accepted.schema.json" */;
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
if(((data.status === undefined) && (missing0 = "status")) || ((data.uuid === undefined) && (missing0 = "uuid"))){
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "status") || (key0 === "uuid"))){
validate27.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.status !== undefined){
let data0 = data.status;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
validate27.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/pattern",keyword:"pattern",params:{pattern: "^200( [\\s\\S]*)?$"},message:"must match pattern \""+"^200( [\\s\\S]*)?$"+"\""}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.uuid !== undefined){
let data1 = data.uuid;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate27.errors = [{instancePath:instancePath+"/uuid",schemaPath:"#/properties/uuid/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f]{32}$"},message:"must match pattern \""+"^[0-9A-Fa-f]{32}$"+"\""}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/uuid",schemaPath:"#/properties/uuid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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

exports.RequestBody = validate28;
const schema39 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/tsp/request-body.schema.json","title":"RequestBody","description":"titanic.request input, the body of the client's MDP REQUEST: the name of the service to run the request on, then the request body for that service, one or more opaque frames (9/TSP 'titanic.request').","type":"object","properties":{"service":{"$ref":"../common/service-name.schema.json"},"body":{"$ref":"../common/body-frames.schema.json"}},"required":["service","body"],"additionalProperties":false,"x-requirements":["TSP-5"],"x-frames":[{"name":"service","field":"service","as":"text","rule":"TSP-5"},{"name":"body","field":"body","as":"bytes","repeat":true,"rule":"TSP-5"}],"x-vectors":[{"name":"echo Hello, as in the RFC","message":{"service":"echo","body":["Hello"]},"frames":["echo","Hello"]},{"name":"two body frames, one binary","message":{"service":"db.query","body":["",{"hex":"00ff"}]},"frames":["db.query","",{"hex":"00ff"}]}]};
const schema40 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/common/service-name.schema.json","description":"A service name: a printable string, matched byte for byte against the names workers register (7/MDP: 'a printable string').","type":"string","minLength":1,"maxLength":255,"pattern":"^[\\x20-\\x7E]+$"};
const func1 = __ucs2length;
const pattern11 = new RegExp("^[\\x20-\\x7E]+$", "u");

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/tsp/request-body.schema.json" */;
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
if(((data.service === undefined) && (missing0 = "service")) || ((data.body === undefined) && (missing0 = "body"))){
validate28.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "service") || (key0 === "body"))){
validate28.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.service !== undefined){
let data0 = data.service;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func1(data0) > 255){
validate28.errors = [{instancePath:instancePath+"/service",schemaPath:"../common/service-name.schema.json/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"}];
return false;
}
else {
if(func1(data0) < 1){
validate28.errors = [{instancePath:instancePath+"/service",schemaPath:"../common/service-name.schema.json/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern11.test(data0)){
validate28.errors = [{instancePath:instancePath+"/service",schemaPath:"../common/service-name.schema.json/pattern",keyword:"pattern",params:{pattern: "^[\\x20-\\x7E]+$"},message:"must match pattern \""+"^[\\x20-\\x7E]+$"+"\""}];
return false;
}
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/service",schemaPath:"../common/service-name.schema.json/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
const _errs5 = errors;
if(!(validate23(data.body, {instancePath:instancePath+"/body",parentData:data,parentDataProperty:"body",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
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

exports.RequestRefused = validate30;
const schema41 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/tsp/request-refused.schema.json","title":"RequestRefused","description":"titanic.request answer when the request was not stored: a status other than 200 and nothing else, e.g. 500 when the store is full (9/TSP 'titanic.request').","type":"object","properties":{"status":{"type":"string","pattern":"^(?!200)[0-9]{3}( [\\s\\S]*)?$"}},"required":["status"],"additionalProperties":false,"x-requirements":["TSP-7","TSP-22"],"x-frames":[{"name":"status","field":"status","as":"text","rule":"TSP-7"}],"x-vectors":[{"name":"store full","message":{"status":"500"},"frames":["500"]},{"name":"malformed request, with status text","message":{"status":"400 no request body"},"frames":["400 no request body"]}]};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/tsp/request-refused.schema.json" */;
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
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.status === undefined) && (missing0 = "status")){
validate30.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "status")){
validate30.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.status !== undefined){
let data0 = data.status;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern8.test(data0)){
validate30.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/pattern",keyword:"pattern",params:{pattern: "^(?!200)[0-9]{3}( [\\s\\S]*)?$"},message:"must match pattern \""+"^(?!200)[0-9]{3}( [\\s\\S]*)?$"+"\""}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
