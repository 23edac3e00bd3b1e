export { Alert, type AlertProps, type AlertTone } from './Alert';
export { Button, buttonClass, type ButtonProps, type ButtonVariant } from './Button';
export { Checkbox, type CheckboxProps } from './Checkbox';
export { Page, type PageProps } from './Page';
export { Select, type SelectOption, type SelectProps } from './Select';
export { Loading, Spinner } from './Spinner';
export { EmptyState, ErrorState, type EmptyStateProps, type ErrorStateProps } from './States';
export { TextArea, TextField, type TextAreaProps, type TextFieldProps } from './TextField';
