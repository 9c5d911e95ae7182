export { Alert } from "./alert";
export { Button, type ButtonProps } from "./button";
export { CheckboxGroup, type CheckboxGroupProps } from "./checkbox-group";
export { isCurrentPage, navLinkClass } from "./current-page";
export { type FieldProps, SelectField, TextAreaField, TextField } from "./field";
export { PageHeader } from "./page-header";
export { ReadyForm } from "./ready-form";
export { StatusBadge } from "./status-badge";
export { TableScroll } from "./table-scroll";
