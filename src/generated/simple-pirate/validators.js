/* eslint-disable */
/*
 * GENERATED from specs/*.yaml and schemas/simple-pirate/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Simple Pirate (queue of REQ workers, Guide pattern): validators.js)
 */
"use strict";
exports.ClientReply = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/simple-pirate/client-reply.schema.json","title":"ClientReply","description":"Simple Pirate reply to a client, as a DEALER in the client's place sees it: the empty delimiter, then the worker's reply frames, with [ID(w)][\"\"] and the client's identity stripped (SPP-10).","type":"object","properties":{"command":{"const":"REPLY"},"body":{"$ref":"../common/body-frames.schema.json"}},"required":["command","body"],"additionalProperties":false,"x-requirements":["SPP-10"],"x-frames":[{"name":"delimiter","text":"","rule":"SPP-10"},{"name":"body","field":"body","as":"bytes","repeat":true,"rule":"SPP-10"}],"x-vectors":[{"name":"reply number 1","message":{"command":"REPLY","body":["1"]},"frames":["","1"]}]};
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
/*# sourceURL="https://marque.zeromq.dev/schemas/simple-pirate/client-reply.schema.json" */;
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

exports.ClientRequest = validate23;
const schema34 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/simple-pirate/client-request.schema.json","title":"ClientRequest","description":"Simple Pirate client request, as the frontend ROUTER sees it after the client's identity: the Lazy Pirate client's REQ delimiter, then its request frames (SPP-2).","type":"object","properties":{"command":{"const":"REQUEST"},"body":{"$ref":"../common/body-frames.schema.json"}},"required":["command","body"],"additionalProperties":false,"x-requirements":["SPP-2"],"x-frames":[{"name":"delimiter","text":"","rule":"SPP-2"},{"name":"body","field":"body","as":"bytes","repeat":true,"rule":"SPP-2"}],"x-vectors":[{"name":"request number 1","message":{"command":"REQUEST","body":["1"]},"frames":["","1"]}]};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/simple-pirate/client-request.schema.json" */;
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

exports.WorkerReady = validate25;
const schema35 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/simple-pirate/worker-ready.schema.json","title":"WorkerReady","description":"Simple Pirate READY, worker to queue, as the backend ROUTER sees it after the worker's identity: the REQ worker's empty delimiter, then one frame holding the byte 0x01 (the C and Python workers; the C++ port's \"READY\" string is not accepted).","type":"object","properties":{"command":{"const":"READY"}},"required":["command"],"additionalProperties":false,"x-requirements":["SPP-4","SPP-3"],"x-frames":[{"name":"delimiter","text":"","rule":"SPP-3"},{"name":"command","hex":"01","rule":"SPP-4"}],"x-vectors":[{"name":"ready","message":{"command":"READY"},"frames":["",{"hex":"01"}]}]};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/simple-pirate/worker-ready.schema.json" */;
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
if((data.command === undefined) && (missing0 = "command")){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "command")){
validate25.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
if("READY" !== data.command){
validate25.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "READY"},message:"must be equal to constant"}];
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

exports.WorkerReply = validate26;
const schema36 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/simple-pirate/worker-reply.schema.json","title":"WorkerReply","description":"Simple Pirate reply, worker to queue, as the backend ROUTER sees it after the worker's identity: the REQ worker's empty delimiter, the client envelope it received, unchanged, then the reply frames (SPP-5).","type":"object","properties":{"command":{"const":"REPLY"},"client":{"description":"The client envelope of the request answered, unchanged (SPP-5).","type":"array","minItems":1,"items":{"$ref":"../common/routing-id.schema.json"},"tsType":"Buffer[]"},"body":{"$ref":"../common/body-frames.schema.json"}},"required":["command","client","body"],"additionalProperties":false,"x-requirements":["SPP-5","SPP-3"],"x-frames":[{"name":"delimiter","text":"","rule":"SPP-3"},{"name":"client envelope","field":"client","envelope":true,"rule":"SPP-5"},{"name":"body","field":"body","as":"bytes","repeat":true,"rule":"SPP-5"}],"x-vectors":[{"name":"reply to client 0x00a1b2c3d4","message":{"command":"REPLY","client":[{"hex":"00a1b2c3d4"}],"body":["1"]},"frames":["",{"hex":"00a1b2c3d4"},"","1"]}]};
const schema37 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/common/routing-id.schema.json","description":"A client address: the ROUTER identity the broker saw for the client, copied unchanged. ZeroMQ identities are 1 to 255 bytes.","x-bytes":{"minLength":1,"maxLength":255},"tsType":"Buffer"};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/simple-pirate/worker-reply.schema.json" */;
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
if((((data.command === undefined) && (missing0 = "command")) || ((data.client === undefined) && (missing0 = "client"))) || ((data.body === undefined) && (missing0 = "body"))){
validate26.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "command") || (key0 === "client")) || (key0 === "body"))){
validate26.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
const _errs2 = errors;
if("REPLY" !== data.command){
validate26.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "REPLY"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.client !== undefined){
let data1 = data.client;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
if(data1.length < 1){
validate26.errors = [{instancePath:instancePath+"/client",schemaPath:"#/properties/client/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(!(data2 instanceof Uint8Array)){
validate26.errors = [{instancePath:instancePath+"/client/" + i0,schemaPath:"../common/routing-id.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
else {
if(data2.length < 1){
validate26.errors = [{instancePath:instancePath+"/client/" + i0,schemaPath:"../common/routing-id.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
else {
if(data2.length > 255){
validate26.errors = [{instancePath:instancePath+"/client/" + i0,schemaPath:"../common/routing-id.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/client",schemaPath:"#/properties/client/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
const _errs7 = errors;
if(!(validate21(data.body, {instancePath:instancePath+"/body",parentData:data,parentDataProperty:"body",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
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
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.WorkerRequest = validate28;
const schema38 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/schemas/simple-pirate/worker-request.schema.json","title":"WorkerRequest","description":"Simple Pirate request, queue to worker, as a DEALER in the worker's place sees it: the empty delimiter the worker's REQ takes, the client envelope [ID(c)][\"\"], then the client's body frames, all unchanged (SPP-9).","type":"object","properties":{"command":{"const":"REQUEST"},"client":{"description":"The client envelope, ID(c) first, as the frontend ROUTER gave it (SPP-9).","type":"array","minItems":1,"items":{"$ref":"../common/routing-id.schema.json"},"tsType":"Buffer[]"},"body":{"$ref":"../common/body-frames.schema.json"}},"required":["command","client","body"],"additionalProperties":false,"x-requirements":["SPP-9"],"x-frames":[{"name":"delimiter","text":"","rule":"SPP-9"},{"name":"client envelope","field":"client","envelope":true,"rule":"SPP-9"},{"name":"body","field":"body","as":"bytes","repeat":true,"rule":"SPP-9"}],"x-vectors":[{"name":"request from client 0x00a1b2c3d4","message":{"command":"REQUEST","client":[{"hex":"00a1b2c3d4"}],"body":["1"]},"frames":["",{"hex":"00a1b2c3d4"},"","1"]}]};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/schemas/simple-pirate/worker-request.schema.json" */;
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
if((((data.command === undefined) && (missing0 = "command")) || ((data.client === undefined) && (missing0 = "client"))) || ((data.body === undefined) && (missing0 = "body"))){
validate28.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "command") || (key0 === "client")) || (key0 === "body"))){
validate28.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.command !== undefined){
const _errs2 = errors;
if("REQUEST" !== data.command){
validate28.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/const",keyword:"const",params:{allowedValue: "REQUEST"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.client !== undefined){
let data1 = data.client;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
if(data1.length < 1){
validate28.errors = [{instancePath:instancePath+"/client",schemaPath:"#/properties/client/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(!(data2 instanceof Uint8Array)){
validate28.errors = [{instancePath:instancePath+"/client/" + i0,schemaPath:"../common/routing-id.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
else {
if(data2.length < 1){
validate28.errors = [{instancePath:instancePath+"/client/" + i0,schemaPath:"../common/routing-id.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
else {
if(data2.length > 255){
validate28.errors = [{instancePath:instancePath+"/client/" + i0,schemaPath:"../common/routing-id.schema.json/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/client",schemaPath:"#/properties/client/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
const _errs7 = errors;
if(!(validate21(data.body, {instancePath:instancePath+"/body",parentData:data,parentDataProperty:"body",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
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
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
