/* eslint-disable */
/*
 * GENERATED from specs/*.yaml and schemas/lazy-pirate/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Lazy Pirate (client-side reliability, Guide pattern): validators.js)
 */
"use strict";
exports.Reply = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/lazy-pirate/reply.schema.json","title":"Reply","description":"Lazy Pirate reply, server to client, as a DEALER sees it: REP's empty delimiter, then the reply frames. The Guide's server returns the request frames unchanged (LPC-18).","type":"object","properties":{"command":{"const":"REPLY"},"body":{"$ref":"../common/body-frames.schema.json"}},"required":["command","body"],"additionalProperties":false,"x-requirements":["LPC-17"],"x-frames":[{"name":"delimiter","text":"","rule":"LPC-17"},{"name":"body","field":"body","as":"bytes","repeat":true,"rule":"LPC-17"}],"x-vectors":[{"name":"reply number 1","message":{"command":"REPLY","body":["1"]},"frames":["","1"]}]};
const schema32 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/common/body-frames.schema.json","description":"Opaque application frames carried unchanged: one or more.","type":"array","minItems":1,"items":{"$ref":"bytes.schema.json"},"tsType":"Buffer[]"};
const schema33 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/common/bytes.schema.json","description":"One opaque frame: any bytes, including none. Checked with the x-bytes keyword because JSON Schema has no binary type.","x-bytes":true,"tsType":"Buffer"};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/common/body-frames.schema.json" */;
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
if(Array.isArray(data)){
if(data.length < 1){
validate21.errors = [{instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(data[i0] instanceof Uint8Array)){
validate21.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"bytes.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
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
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/lazy-pirate/reply.schema.json" */;
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
if(((data.command === undefined) && (missing0 = "command")) || ((data.body === undefined) && (missing0 = "body"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "command") || (key0 === "body"))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
const _errs2 = errors;
if("REPLY" !== data.command){
validate20.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "REPLY"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
const _errs3 = errors;
if(!(validate21(data.body, {instancePath:instancePath+"/body",parentData:data,parentDataProperty:"body",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
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
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.Request = validate23;
const schema34 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/lazy-pirate/request.schema.json","title":"Request","description":"Lazy Pirate request, client to server, as a ROUTER sees it after the client's identity: REQ's empty delimiter, then the request frames. The Guide's client sends one frame, its sequence number in decimal.","type":"object","properties":{"command":{"const":"REQUEST"},"body":{"$ref":"../common/body-frames.schema.json"}},"required":["command","body"],"additionalProperties":false,"x-requirements":["LPC-15"],"x-frames":[{"name":"delimiter","text":"","rule":"LPC-15"},{"name":"body","field":"body","as":"bytes","repeat":true,"rule":"LPC-15"}],"x-vectors":[{"name":"request number 1","message":{"command":"REQUEST","body":["1"]},"frames":["","1"]}]};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/lazy-pirate/request.schema.json" */;
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
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.command === undefined) && (missing0 = "command")) || ((data.body === undefined) && (missing0 = "body"))){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "command") || (key0 === "body"))){
validate23.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
const _errs2 = errors;
if("REQUEST" !== data.command){
validate23.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "REQUEST"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
const _errs3 = errors;
if(!(validate21(data.body, {instancePath:instancePath+"/body",parentData:data,parentDataProperty:"body",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
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
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
